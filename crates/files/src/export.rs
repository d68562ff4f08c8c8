//! Exports: placeholder until the export work lands.
