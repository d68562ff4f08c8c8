//! Saved web pages: placeholder until the import work lands.
