//! Kinds of events (explosion, fire, flood, ...) and the words that belong to
//! each: how the main clause is phrased in each style, the sites, the likely
//! causes, who responds and what they search through.
//!
//! The `what_*` entries are templates (see [`crate::template`]) for a whole
//! clause such as "an explosion tore through a crowded market in Kestrel
//! Bay"; the wire, paraphrase and independent styles use disjoint sets so a
//! paraphrase or a second reporter never repeats the wire's main clause.

/// One kind of event and its vocabulary.
pub struct Hazard {
    /// Nouns for "the {incident}".
    pub nouns: &'static [&'static str],
    /// Main clause as a wire story words it.
    pub what_w: &'static [&'static str],
    /// Main clause as a paraphrase words it.
    pub what_p: &'static [&'static str],
    /// Main clause as an independent reporter words it.
    pub what_i: &'static [&'static str],
    /// Sites: (with indefinite article, short form with "the").
    pub sites: &'static [(&'static str, &'static str)],
    /// Likely causes or explanations.
    pub causes: &'static [&'static str],
    /// Who responds.
    pub responders: &'static [&'static str],
    /// What rescuers search through.
    pub debris: &'static [&'static str],
    /// Organisation names without the prefix ("Fire and Rescue Service").
    pub org_domains: &'static [&'static str],
    /// Whether a search and rescue makes sense.
    pub rescue: bool,
    /// Whether arrests make sense.
    pub arrests: bool,
}

/// All kinds of events.
pub const HAZARDS: &[Hazard] = &[
    Hazard {
        nouns: &["explosion", "blast"],
        what_w: &[
            "[an explosion|a powerful explosion|a huge blast] [tore through|ripped through|struck] {site} in {city}",
            "[a powerful|a massive] [explosion|blast] [destroyed|wrecked|levelled] {site} [in|on the edge of] {city}",
        ],
        what_p: &["{site} in {city} was [rocked|devastated|shattered] by [a violent|an enormous|a tremendous] [detonation|explosion]"],
        what_i: &["a [thunderous|violent|deafening] [explosion|blast] [blew apart|gutted] {site} [on the outskirts of|in the centre of|in] {city}"],
        sites: &[
            ("a crowded market", "the market"), ("a fuel depot", "the depot"),
            ("a fireworks warehouse", "the warehouse"), ("a chemical plant", "the plant"),
            ("an apartment block", "the building"), ("a busy bus terminal", "the terminal"),
            ("a roadside restaurant", "the restaurant"), ("a petrol station", "the petrol station"),
            ("a fertiliser factory", "the factory"), ("a shopping arcade", "the arcade"),
        ],
        causes: &[
            "a gas leak", "a faulty gas cylinder", "illegally stored fireworks", "a ruptured fuel line",
            "a welding accident", "a homemade bomb",
        ],
        responders: &["firefighters", "rescue workers", "emergency crews", "civil defence teams"],
        debris: &["the rubble", "the wreckage", "the debris"],
        org_domains: &[
            "Civil Protection Agency", "Fire and Rescue Service", "Emergency Management Authority",
            "Civil Defence Directorate",
        ],
        rescue: true,
        arrests: true,
    },
    Hazard {
        nouns: &["fire", "blaze"],
        what_w: &[
            "[a fire|a huge blaze|a fierce fire] [swept through|gutted|engulfed] {site} in {city}",
            "[fire|a blaze] [broke out|erupted] [in|at] {site} in {city} and [spread quickly|raged for hours]",
        ],
        what_p: &["{site} in {city} was [destroyed|consumed|ravaged] by [flames|a raging blaze|an intense fire]"],
        what_i: &["[flames|a blaze that began before dawn|a fire that started on the ground floor] [raced through|tore across] {site} [in|near|on the edge of] {city}"],
        sites: &[
            ("a garment factory", "the factory"), ("a nightclub", "the club"),
            ("a high-rise apartment block", "the tower"), ("a migrant hostel", "the hostel"),
            ("a covered market", "the market"), ("a care home", "the home"),
            ("a boarding school", "the school"), ("a hotel", "the hotel"),
            ("a timber yard", "the yard"), ("a hospital wing", "the hospital wing"),
        ],
        causes: &[
            "an electrical fault", "a discarded cigarette", "an overloaded power socket",
            "a cooking accident", "arson", "a faulty heater", "fireworks set off indoors",
        ],
        responders: &["firefighters", "fire crews", "rescue teams", "firefighting units"],
        debris: &["the charred remains", "the smouldering ruins", "the blackened shell"],
        org_domains: &[
            "Fire and Rescue Service", "Fire Service", "Civil Protection Agency",
            "Emergency Services Directorate",
        ],
        rescue: true,
        arrests: true,
    },
    Hazard {
        nouns: &["flooding", "floods"],
        what_w: &[
            "[flash floods|severe flooding|torrential floods] [swept through|inundated|submerged] {site} in {city}",
            "[a flash flood|a surge of floodwater] [tore through|engulfed] {site} [in|outside] {city}",
        ],
        what_p: &["{site} in {city} was [swamped|engulfed|left under water] by [rising floodwaters|a surge of water|fast-moving floodwaters]"],
        what_i: &["[a wall of|a torrent of] [muddy|brown] water [poured into|crashed through] {site} [in|outside|on the edge of] {city}"],
        sites: &[
            ("a low-lying riverside neighbourhood", "the neighbourhood"),
            ("a crowded bus station", "the bus station"),
            ("a camp for displaced families", "the camp"), ("an informal settlement", "the settlement"),
            ("a market district", "the market district"), ("an underground car park", "the car park"),
            ("a riverside slum", "the slum"), ("a farming village", "the village"),
            ("a new housing estate", "the estate"),
        ],
        causes: &[
            "days of torrential rain", "a breached river embankment", "a blocked drainage canal",
            "the failure of a dam sluice", "a burst reservoir wall", "melting snow and heavy rain",
        ],
        responders: &["rescue teams", "soldiers", "divers", "boat crews"],
        debris: &["the mud and debris", "the flooded streets", "the floodwater"],
        org_domains: &[
            "Disaster Management Agency", "Water Resources Authority", "Flood Control Directorate",
            "Emergency Management Authority",
        ],
        rescue: true,
        arrests: false,
    },
    Hazard {
        nouns: &["collapse", "building collapse"],
        what_w: &[
            "{site} [collapsed|caved in|came down] in {city}",
            "{site} in {city} [collapsed|crumbled] [without warning|in seconds]",
        ],
        what_p: &["[a large section of|part of|the upper floors of] {site} in {city} [gave way|fell in|crumbled]"],
        what_i: &["the [floors|walls|concrete floors] of {site} [on the edge of|in|near the centre of] {city} [folded|pancaked|buckled] [in a cloud of dust|one on top of another]"],
        sites: &[
            ("a six-storey apartment block", "the block"), ("a school building", "the school"),
            ("a shopping centre under renovation", "the shopping centre"),
            ("a residential tower", "the tower"), ("a textile factory", "the factory"),
            ("a church", "the church"), ("a hotel under construction", "the hotel"),
            ("a sports hall", "the hall"), ("a parking garage", "the garage"),
            ("a student dormitory", "the dormitory"), ("a market hall", "the market hall"),
        ],
        causes: &[
            "substandard construction", "illegally added floors", "corroded steel supports",
            "excavation work next door", "cheap concrete", "water damage to the foundations",
        ],
        responders: &["rescue workers", "firefighters", "soldiers", "search teams"],
        debris: &["the rubble", "the concrete slabs", "the debris"],
        org_domains: &[
            "Civil Protection Agency", "Building Safety Authority", "Emergency Management Authority",
            "Construction Inspectorate",
        ],
        rescue: true,
        arrests: true,
    },
    Hazard {
        nouns: &["crash", "derailment", "rail accident"],
        what_w: &["[a passenger train|an overnight express|a packed commuter train] [derailed|came off the tracks|collided with a freight train] near {site} [outside|close to] {city}"],
        what_p: &["[several carriages of|the front carriages of] a [crowded|packed] [passenger|commuter] train [left the rails|were thrown off the track] close to {site} near {city}"],
        what_i: &["[the locomotive|the lead carriage|the front of the train] [ploughed into|smashed into|overturned beside] {site} [a few kilometres from|just outside] {city}"],
        sites: &[
            ("a level crossing", "the crossing"), ("a bridge over the river", "the bridge"),
            ("a small station", "the station"), ("a busy junction", "the junction"),
            ("a tunnel entrance", "the tunnel"), ("a freight yard", "the yard"),
            ("a sharp bend", "the bend"), ("a viaduct", "the viaduct"),
        ],
        causes: &[
            "a signalling failure", "excessive speed", "a broken rail", "driver error",
            "a faulty switch", "brake failure",
        ],
        responders: &["rescue workers", "railway staff", "firefighters", "paramedics"],
        debris: &["the twisted wreckage", "the overturned carriages", "the mangled carriages"],
        org_domains: &[
            "Rail Safety Authority", "Railway Accident Investigation Board",
            "Transport Safety Agency", "Railways Directorate",
        ],
        rescue: true,
        arrests: false,
    },
    Hazard {
        nouns: &["sinking", "ferry disaster", "capsizing"],
        what_w: &["[an overcrowded ferry|a passenger ferry|a packed river ferry] [capsized|sank|overturned] [near|off] {site} [close to|near] {city}"],
        what_p: &["[a ferry carrying passengers|a crowded passenger boat|a vessel packed with passengers] [went down|keeled over|foundered] [near|by] {site} [not far from|outside] {city}"],
        what_i: &["[a boat|an ageing ferry] [overloaded with|crammed with] [passengers|traders and their goods] [tipped over|rolled over] [beside|at] {site} [outside|near] {city}"],
        sites: &[
            ("a busy river crossing", "the crossing"), ("the harbour entrance", "the harbour"),
            ("a sandbank", "the sandbank"), ("a fishing jetty", "the jetty"),
            ("a river island", "the island"), ("the mouth of the river", "the river mouth"),
            ("a rocky headland", "the headland"), ("a lake pier", "the pier"),
        ],
        causes: &[
            "overloading", "engine failure", "rough seas", "poor maintenance", "a sudden squall",
            "a shifting cargo",
        ],
        responders: &["divers", "coastguard crews", "navy boats", "fishermen"],
        debris: &["the water", "the river", "the murky water"],
        org_domains: &[
            "Maritime Safety Agency", "Coastguard Service", "Inland Waterways Authority",
            "Marine Rescue Service",
        ],
        rescue: true,
        arrests: false,
    },
    Hazard {
        nouns: &["storm", "windstorm"],
        what_w: &["[a powerful storm|a violent storm|hurricane-force winds] [battered|lashed|tore through] {site} [in|around] {city}"],
        what_p: &["{site} [in|near] {city} was [pummelled|ravaged|hammered] by [fierce winds|a violent tempest|a severe storm]"],
        what_i: &["[winds strong enough to overturn lorries|gusts that ripped off roofs] [swept across|howled through] {site} [near|outside] {city}"],
        sites: &[
            ("a coastal fishing village", "the village"), ("a shanty town", "the shanty town"),
            ("an island resort", "the resort"), ("a port district", "the port"),
            ("a hillside neighbourhood", "the neighbourhood"), ("a campsite", "the campsite"),
            ("a refugee camp", "the camp"), ("a farming district", "the district"),
        ],
        causes: &["poorly built homes", "a late warning", "flimsy roofs", "a failed evacuation order"],
        responders: &["soldiers", "emergency crews", "volunteers", "power company crews"],
        debris: &["the debris", "flattened homes", "the wreckage"],
        org_domains: &[
            "Meteorological Service", "Disaster Management Agency", "Civil Protection Agency",
            "Emergency Management Authority",
        ],
        rescue: true,
        arrests: false,
    },
    Hazard {
        nouns: &["landslide", "mudslide"],
        what_w: &["[a landslide|a massive mudslide] [buried|swept away|engulfed] {site} [near|above] {city}"],
        what_p: &["{site} [near|above] {city} was [buried|smothered|swallowed] by [tonnes of mud|a torrent of earth and rock]"],
        what_i: &["[a hillside|half a mountainside|a slope] [gave way and slid onto|collapsed and poured down onto] {site} [above|outside] {city}"],
        sites: &[
            ("a hillside village", "the village"), ("a mining camp", "the camp"),
            ("a mountain road", "the road"), ("a tea estate", "the estate"),
            ("a school", "the school"), ("a quarry workers' settlement", "the settlement"),
            ("a roadside market", "the market"),
        ],
        causes: &[
            "days of heavy rain", "illegal quarrying", "deforestation on the slopes",
            "a burst water main", "unstable mining waste",
        ],
        responders: &["rescue teams", "soldiers", "villagers", "police"],
        debris: &["the mud", "tonnes of earth", "the mud and rocks"],
        org_domains: &[
            "Disaster Management Agency", "Geological Survey", "Civil Protection Agency",
            "Emergency Response Authority",
        ],
        rescue: true,
        arrests: false,
    },
    Hazard {
        nouns: &["attack", "shooting", "assault"],
        what_w: &["[gunmen|armed attackers|militants] [opened fire on|stormed|attacked] {site} in {city}"],
        what_p: &["{site} in {city} came under [attack|fire] from [armed men|gunmen|a group of assailants]"],
        what_i: &["[masked|heavily armed] [men|assailants] [burst into|raided] {site} [in|on the outskirts of] {city}"],
        sites: &[
            ("a police checkpoint", "the checkpoint"), ("a crowded café", "the café"),
            ("a village market", "the market"), ("a bus station", "the bus station"),
            ("a wedding party", "the wedding"), ("a mosque", "the mosque"), ("a church", "the church"),
            ("a hotel", "the hotel"), ("a military post", "the post"),
        ],
        causes: &[
            "a local armed group", "a long-running feud", "militants opposed to the government",
            "a criminal gang", "a separatist faction",
        ],
        responders: &["police", "soldiers", "paramedics", "security forces"],
        debris: &["the scene", "the area"],
        org_domains: &[
            "National Police Service", "Public Security Bureau", "Interior Ministry",
            "Counter-Terrorism Directorate",
        ],
        rescue: false,
        arrests: true,
    },
    Hazard {
        nouns: &["earthquake", "quake", "tremor"],
        what_w: &["[a strong earthquake|a powerful earthquake|a shallow earthquake] [struck|hit|shook] {site} [near|in] {city}"],
        what_p: &["{site} [near|in] {city} was [jolted|rocked|shaken] by a [violent|severe|strong] [quake|tremor]"],
        what_i: &["[the ground|the earth] [heaved|shook violently|rolled] [for almost a minute|for long seconds] [under|beneath] {site} [in|near] {city}"],
        sites: &[
            ("a mountainous farming district", "the district"), ("an old town", "the old town"),
            ("a densely populated suburb", "the suburb"), ("a border region", "the border area"),
            ("a valley", "the valley"), ("a university campus", "the campus"),
            ("a coastal resort", "the resort"),
        ],
        causes: &[
            "a shallow fault line", "poorly reinforced buildings", "unenforced building codes",
            "movement along a known fault",
        ],
        responders: &["rescue teams", "soldiers", "volunteers", "firefighters"],
        debris: &["the rubble", "collapsed buildings", "the debris"],
        org_domains: &[
            "Disaster Management Agency", "Seismological Institute", "Civil Protection Agency",
            "Emergency Management Authority",
        ],
        rescue: true,
        arrests: false,
    },
];
