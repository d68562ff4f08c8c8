//! Events and their facts: place, time, people, organisation, numbers and the
//! agency that files the wire story. Every article about an event draws its
//! names and figures from here, so derivatives and independent reports agree
//! on the facts while their wording differs.

use crate::clock;
use crate::hazards::{Hazard, HAZARDS};
use crate::lexicon;
use crate::rng::{between, distinct, index, pick, Rng};
use crate::template::Value;
use rand::Rng as _;
use std::borrow::Cow;
use std::collections::HashSet;

/// Which family of templates a piece of text is written from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// The agency's wire story.
    Wire,
    /// A rewrite of wire sentences.
    Para,
    /// A second reporter on the scene.
    Indep,
    /// An outlet's own additions to a copied story.
    Own,
    /// A brief or tabloid rewrite: clauses that merge into longer sentences.
    Tab,
}

/// A role a named person holds: "Interior Minister", "the country's interior
/// minister", "the minister". Fields may contain slots.
pub struct Role {
    /// Before the name: "Interior Minister Anna Kovač".
    pub title: &'static str,
    /// An appositive: "Anna Kovač, the country's interior minister,".
    pub desc: &'static str,
}

const SPOKESPERSON: Role = Role {
    title: "{org.short} spokesperson",
    desc: "a spokesperson for the {org}",
};

const POLITICAL: &[Role] = &[
    Role {
        title: "Interior Minister",
        desc: "the country's interior minister",
    },
    Role {
        title: "Prime Minister",
        desc: "the prime minister of {country}",
    },
    Role {
        title: "President",
        desc: "the president of {country}",
    },
    Role {
        title: "Governor",
        desc: "the governor of the {region} region",
    },
    Role {
        title: "Mayor",
        desc: "the mayor of {city}",
    },
    Role {
        title: "Health Minister",
        desc: "the country's health minister",
    },
    Role {
        title: "Deputy Prime Minister",
        desc: "the deputy prime minister",
    },
];

const OTHERS: &[Role] = &[
    Role {
        title: "police chief",
        desc: "the head of the {city} police",
    },
    Role {
        title: "fire chief",
        desc: "the head of the regional fire service",
    },
    Role {
        title: "hospital director",
        desc: "the director of {hospital}",
    },
    Role {
        title: "rescue coordinator",
        desc: "the official leading the rescue operation",
    },
    Role {
        title: "regional health chief",
        desc: "the head of health services in {region}",
    },
    Role {
        title: "deputy mayor",
        desc: "the deputy mayor of {city}",
    },
    Role {
        title: "army commander",
        desc: "the commander of troops sent to {city}",
    },
];

/// A named person in an event.
#[derive(Clone)]
pub struct Person {
    /// Given name.
    pub first: String,
    /// Family name.
    pub last: String,
    /// For pronouns.
    pub female: bool,
    /// What they do.
    pub role: &'static Role,
}

/// The organisation leading the response.
#[derive(Clone)]
pub struct Org {
    /// "Veloria Civil Protection Agency".
    pub full: String,
    /// "VCPA".
    pub short: String,
    /// "agency".
    pub kind: String,
}

/// The numbers of an event; `None` where the event has no such figure.
#[derive(Clone)]
pub struct Numbers {
    /// People killed.
    pub deaths: u32,
    /// People injured.
    pub injured: u32,
    /// People missing.
    pub missing: Option<u32>,
    /// People evacuated.
    pub evacuated: Option<u32>,
    /// People arrested.
    pub arrested: Option<u32>,
    /// Homes or buildings damaged.
    pub homes: Option<u32>,
    /// Damage in tenths of a million dollars.
    pub amount: Option<u32>,
}

/// One news event and all its facts.
#[derive(Clone)]
pub struct Event {
    /// Kind of event.
    pub hazard: &'static Hazard,
    /// City where it happened.
    pub city: String,
    /// Country (invented).
    pub country: &'static str,
    /// Capital of the country.
    pub capital: &'static str,
    /// Region name ("Aldmoor").
    pub region: String,
    /// The place: with article and short form.
    pub site: (&'static str, &'static str),
    /// The likely cause.
    pub cause: &'static str,
    /// The main hospital.
    pub hospital: String,
    /// The responding organisation.
    pub org: Org,
    /// Named people; `people[0]` speaks for the organisation, `people[1]` is a politician.
    pub people: Vec<Person>,
    /// Figures.
    pub numbers: Numbers,
    /// Agency filing the wire story.
    pub agency: &'static str,
    /// When it happened, minutes since 1970-01-01 UTC.
    pub start: i64,
    /// Population of the city.
    pub pop: u32,
    /// Distance from the capital in kilometres.
    pub km: u32,
    /// Direction from the capital.
    pub dir: &'static str,
}

/// Names already used in the corpus, so events do not share cities or people.
#[derive(Default)]
pub struct Names {
    used: HashSet<String>,
}

impl Names {
    /// A name from `make` that has not been used yet.
    pub fn fresh(&mut self, rng: &mut Rng, mut make: impl FnMut(&mut Rng) -> String) -> String {
        for _ in 0..50 {
            let n = make(rng);
            if self.used.insert(n.clone()) {
                return n;
            }
        }
        let n = make(rng);
        let n = format!("{n} {}", lexicon::invented_word(rng));
        self.used.insert(n.clone());
        n
    }
}

/// A person's full name, unique within the corpus.
pub fn person_name(rng: &mut Rng, names: &mut Names) -> (String, String, bool) {
    let female = rng.random_bool(0.5);
    let first = (pick(
        rng,
        if female {
            lexicon::FEMALE
        } else {
            lexicon::MALE
        },
    ))
    .to_string();
    let full = names.fresh(rng, |r| format!("{first} {}", lexicon::surname(r)));
    let last = full[first.len() + 1..].to_string();
    (first, last, female)
}

impl Event {
    /// A new event with fresh names, happening some time in 2023–2025.
    pub fn generate(rng: &mut Rng, names: &mut Names) -> Event {
        let hazard = &HAZARDS[index(rng, HAZARDS.len())];
        let ci = index(rng, lexicon::COUNTRIES.len());
        let city = names.fresh(rng, lexicon::place_name);
        let region = names.fresh(rng, lexicon::invented_word);
        let hospital = names.fresh(rng, |r| match index(r, 4) {
            0 => format!("Saint {} General Hospital", lexicon::invented_word(r)),
            1 => format!("{} Memorial Hospital", lexicon::surname(r)),
            2 => format!("{} University Hospital", lexicon::invented_word(r)),
            _ => format!("{} Regional Hospital", lexicon::invented_word(r)),
        });
        let org = make_org(rng, names, hazard, lexicon::COUNTRIES[ci], &region);

        let mut people = Vec::new();
        let roles: Vec<&'static Role> = {
            let mut r = vec![&SPOKESPERSON, &POLITICAL[index(rng, POLITICAL.len())]];
            let extra = between(rng, 0, 2) as usize;
            for i in distinct(rng, OTHERS.len(), extra) {
                r.push(&OTHERS[i]);
            }
            r
        };
        for role in roles {
            let (first, last, female) = person_name(rng, names);
            people.push(Person {
                first,
                last,
                female,
                role,
            });
        }

        let deaths = if rng.random_bool(0.8) {
            between(rng, 3, 30)
        } else {
            between(rng, 31, 160)
        };
        let injured = deaths * between(rng, 1, 5) + between(rng, 2, 40);
        let mut numbers = Numbers {
            deaths,
            injured,
            missing: None,
            evacuated: None,
            arrested: None,
            homes: None,
            amount: None,
        };
        let mut extras: Vec<u8> = vec![0, 1, 3, 4];
        if hazard.arrests {
            extras.push(2);
        }
        let n_extra = between(rng, 1, 3) as usize;
        for k in distinct(rng, extras.len(), n_extra) {
            match extras[k] {
                0 => numbers.missing = Some(between(rng, 2, 60)),
                1 => numbers.evacuated = Some(between(rng, 15, 1200) * 10),
                2 => numbers.arrested = Some(between(rng, 2, 9)),
                3 => numbers.homes = Some(between(rng, 20, 3000)),
                _ => numbers.amount = Some(between(rng, 8, 900)),
            }
        }

        let day = clock::days_from_civil(2023, 1, 1) + i64::from(between(rng, 0, 1095));
        let hour = if rng.random_bool(0.8) {
            between(rng, 6, 21)
        } else {
            between(rng, 0, 23)
        };
        let minute = between(rng, 0, 11) * 5;
        Event {
            hazard,
            city,
            country: lexicon::COUNTRIES[ci],
            capital: lexicon::CAPITALS[ci],
            region,
            site: pick(rng, hazard.sites),
            cause: pick(rng, hazard.causes),
            hospital,
            org,
            people,
            numbers,
            agency: pick(rng, lexicon::AGENCIES),
            start: day * 1440 + i64::from(hour * 60 + minute),
            pop: between(rng, 8, 900) * 1000 + between(rng, 0, 9) * 100,
            km: between(rng, 12, 480),
            dir: pick(rng, lexicon::DIRECTIONS),
        }
    }

    /// Indices of people other than the spokesperson and the politician.
    pub fn others(&self) -> std::ops::Range<usize> {
        2..self.people.len()
    }

    /// The value of an event slot in `style`.
    pub fn slot<'s>(&'s self, name: &str, style: Style, rng: &mut Rng) -> Option<Value<'s>> {
        fn text(s: &str) -> Option<Value<'_>> {
            Some(Value::Text(Cow::Borrowed(s)))
        }
        fn owned(s: String) -> Option<Value<'static>> {
            Some(Value::Text(Cow::Owned(s)))
        }
        let n = &self.numbers;
        if let Some(rest) = name.strip_prefix('p') {
            let (idx, field) = rest.split_once('.').unwrap_or((rest, ""));
            if let Ok(i) = idx.parse::<usize>() {
                let p = self.people.get(i)?;
                return match field {
                    "" => Some(Value::Template(
                        format!("{} {} {}", p.role.title, p.first, p.last).into(),
                    )),
                    "name" => owned(format!("{} {}", p.first, p.last)),
                    "last" => text(&p.last),
                    "title" => Some(Value::Template(p.role.title.into())),
                    "desc" => Some(Value::Template(p.role.desc.into())),
                    "he" => text(if p.female { "she" } else { "he" }),
                    "his" => text(if p.female { "her" } else { "his" }),
                    _ => None,
                };
            }
        }
        let opt_num = |v: Option<u32>| v.map(|v| Value::Text(number(v).into()));
        match name {
            "city" => text(&self.city),
            "CITY" => owned(self.city.to_uppercase()),
            "country" => text(self.country),
            "capital" => text(self.capital),
            "region" => text(&self.region),
            "site" => text(self.site.0),
            "site.short" => text(self.site.1),
            "cause" => text(self.cause),
            "hospital" => text(&self.hospital),
            "org" => text(&self.org.full),
            "org.short" => text(&self.org.short),
            "org.kind" => text(&self.org.kind),
            "agency" => text(self.agency),
            "incident" => text(pick(rng, self.hazard.nouns)),
            "responders" => text(pick(rng, self.hazard.responders)),
            "debris" => text(pick(rng, self.hazard.debris)),
            "what" => {
                let set = match style {
                    Style::Wire => self.hazard.what_w,
                    Style::Para | Style::Tab => self.hazard.what_p,
                    Style::Indep | Style::Own => self.hazard.what_i,
                };
                Some(Value::Template(pick(rng, set).into()))
            }
            "deaths" => owned(number(n.deaths)),
            "injured" => owned(number(n.injured)),
            "missing" => opt_num(n.missing),
            "evacuated" => opt_num(n.evacuated),
            "arrested" => opt_num(n.arrested),
            "homes" => opt_num(n.homes),
            "amount" => n.amount.map(|a| Value::Text(money(a).into())),
            "pop" => owned(number(self.pop)),
            "km" => owned(number(self.km)),
            "dir" => text(self.dir),
            "weekday" => text(clock::weekday(self.start)),
            "nextday" => text(clock::weekday(self.start + 1440)),
            "daypart" => text(clock::daypart(self.start)),
            "clock" => owned(clock::clock_phrase(self.start)),
            "date" => owned(clock::date_phrase(self.start)),
            "year" => owned(clock::year(self.start).to_string()),
            _ => None,
        }
    }
}

fn make_org(rng: &mut Rng, names: &mut Names, hazard: &Hazard, country: &str, region: &str) -> Org {
    let full = names.fresh(rng, |r| {
        let domain = pick(r, hazard.org_domains);
        let prefix = match index(r, 6) {
            0 => country.to_string(),
            1 => format!("{region} Regional"),
            2 => region.to_string(),
            3 => (pick(
                r,
                &["National", "State", "Federal", "Central", "Provincial"],
            ))
            .to_string(),
            _ => lexicon::invented_word(r),
        };
        format!("{prefix} {domain}")
    });
    let short: String = full
        .split([' ', '-'])
        .filter(|w| !matches!(*w, "and" | "of" | "for" | "the"))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    let kind = full.rsplit(' ').next().unwrap_or("agency").to_lowercase();
    Org { full, short, kind }
}

/// News style: one to nine in words, larger numbers in digits with commas.
pub fn number(n: u32) -> String {
    if n < 10 {
        return lexicon::SMALL_NUMBERS[n as usize].to_string();
    }
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "$3.4 million" from tenths of a million.
pub fn money(tenths: u32) -> String {
    if tenths.is_multiple_of(10) {
        format!("${} million", tenths / 10)
    } else {
        format!("${}.{} million", tenths / 10, tenths % 10)
    }
}
