//! The templates: for each message kind, one family per style.
//!
//! Rules the wording keeps:
//! - within a kind, every template says the same thing, so a paraphrase can
//!   be rendered from the message alone;
//! - the wire, paraphrase, independent and own families never share their
//!   fixed wording, and fixed runs between slots and alternatives are short,
//!   so different events and different styles do not line up for six words;
//! - `((...))` marks clauses a copy editor may drop.
//!
//! Syntax: see [`crate::template`].

use crate::event::Style;
use crate::message::MsgKind;

/// The templates of `kind` in `style` (empty when the style has none).
pub fn templates(kind: MsgKind, style: Style) -> &'static [&'static str] {
    use MsgKind::*;
    use Style::*;
    match (kind, style) {
        // ---------------------------------------------------------------- lede
        (Lede, Wire) => &[
            r#"{what} [on {weekday}|on {weekday} {daypart}], killing at least {deaths} people and [injuring|wounding] {injured} [others|more]((, {~officials} said))."#,
            r#"At least {deaths} people were [killed|left dead] and {injured} [injured|wounded] [on {weekday}|on {weekday} {daypart}] when {what}((, according to {~officials}))."#,
            r#"[Rescuers|Emergency crews|{responders}] [searched|dug] through [the night|{debris}] after {what} on {weekday}, killing at least {deaths} people and [injuring|wounding] {injured}((, {~officials} said))."#,
        ],
        (Lede, Para) => &[
            r#"According to {~officials}, {deaths} people [lost their lives|died] and [another|a further] {injured} were [hurt|wounded] [on {weekday}|that {weekday}] after {what}."#,
            r#"{what} [on {weekday}|that {weekday}], [leaving|with] {deaths} dead and {injured} [hurt|wounded], {~officials} [stated|confirmed|reported]."#,
            r#"{~officials} [confirmed|reported] that {deaths} people [had died|had lost their lives] and {injured} [more|others] had been [hurt|wounded] after {what} [on {weekday}|that {weekday}]."#,
        ],
        (Lede, Indep | Own) => &[
            r#"{deaths} people [are now known to have died|have been confirmed dead] [and|while] {injured} [more|others] [remain in hospital|are being treated for their wounds] after {what} [on {weekday}|this {weekday}|on {weekday} {daypart}]."#,
            r#"[It was just after|It was shortly before|It was around] {clock} on {weekday} when {what}, [a disaster|a catastrophe|a tragedy] that [has so far|by nightfall had] claimed {deaths} lives and [left {injured} people injured|sent {injured} others to hospital]."#,
            r#"[Survivors|Residents|Witnesses] [described|recounted] scenes of [panic|terror|chaos] after {what}, [a disaster|an incident] that [has killed|has claimed the lives of] {deaths} people and [hurt|wounded] {injured}, [local officials|hospital staff|emergency workers] say."#,
        ],
        // ---------------------------------------------------------------- toll
        (Toll, Wire) => &[
            r#"[Of the|Among the] {injured} [injured|wounded], {critical} [were|remained] in [critical|serious] condition((, {~officials} said))."#,
            r#"{~officials} [warned|said] the [death toll|toll] could [rise|climb further], with {critical} of the {injured} [injured|wounded] in [critical|serious] condition(( at {hospital}))."#,
        ],
        (Toll, Para) => &[
            r#"{critical} of those [hurt|wounded] [are said to be|were described as being] in a [grave|life-threatening] state((, [medics|staff at {hospital}] [stated|indicated]))."#,
            r#"With {critical} [patients|people] [still fighting for their lives|in a life-threatening condition] at {hospital}, {~officials} [fear|expect] [more deaths|the number of dead to grow]."#,
        ],
        (Toll, Indep) => &[
            r#"At {hospital}, [staff|doctors|nurses] [said|told us] {critical} [patients|of the wounded] were [on ventilators|in intensive care|being operated on] [late into the night|by {weekday} evening|as of {clock}]."#,
            r#"[Doctors|Medics|Surgeons] at {hospital} [were treating|had admitted] [dozens of|scores of] [patients|casualties] [from {site.short}|from the {incident}], {critical} [of them|among them] [in intensive care|with {injury}]."#,
        ],
        // --------------------------------------------------------------- scene
        (Scene, Wire) => &[
            r#"The {incident} [happened|struck|occurred] at around {clock}((, when {site.short} was [crowded|busy|packed] with {crowd}))."#,
            r#"[Witnesses|Police|{~officials}] said {site.short} was [packed|busy|crowded] with {crowd} because of {occasion}."#,
            r#"[It|The {incident}] [came|struck] at around {clock} on {weekday}((, [during|at the height of] {occasion}))."#,
        ],
        (Scene, Para) => &[
            r#"[Around|About] {clock}, when {crowd} had [filled|thronged] {site.short} for {occasion}, [disaster struck|the {incident} hit]."#,
            r#"{site.short} [was full of|had filled with] {crowd} [due to|owing to] {occasion} when [disaster|the {incident}] struck[| at about {clock}]."#,
        ],
        (Scene, Indep) => &[
            r#"[Many of the victims|Most of the {deaths} dead|Several of those killed] were {crowd} [who had come|gathered|who had travelled] [for|because of] {occasion}, [residents|neighbours|locals|a {wjob} we spoke to] [said|explained]."#,
            r#"[Normally|On most days|On an ordinary {weekday}], {site.short} [would be|is] [quiet|half-empty|almost deserted] at {clock}, [but|yet] {occasion} had [drawn|brought] {crowd} [to it|there|into {city}]."#,
        ],
        // -------------------------------------------------------------- quotes
        (QuoteEffort, Wire) => &[
            r#""{~effort}. {~priority} {goal}," {who.ref} {~said}."#,
            r#""{~priority} {goal} [in {city}|at {site.short}|before nightfall|as fast as we can]," {who.ref} {~said}((, adding that {teams} [people|workers|volunteers] were [involved|taking part]))."#,
        ],
        (QuoteEffort, Para) => &[
            r#"{who.name} [stated|indicated] that [emergency crews|the teams involved|responders] [were making every effort|were straining] to {goal}."#,
            r#"[Responders|Crews] [would keep working|would not rest] until they [were able to|could] {goal}, [according to|in the words of] {who.name}."#,
        ],
        (QuoteEffort, Indep) => &[
            r#""{~tired}. {~trying} {goal}," {who.name} [said|said by telephone|told reporters in {city}|said at {site.short}]."#,
            r#"{who.ref}, [looking exhausted|speaking by phone|speaking near {site.short}|interviewed at {hospital}], [said|insisted|explained] {~igoal} {goal}."#,
        ],
        (QuoteSympathy, Wire) => &[
            r#""{~grief}," {who.ref} {~said}((, offering condolences to {group}))."#,
            r#"{who.ref} [offered|expressed] [condolences|sympathy] to {group}((, calling the {incident} in {city} [a national tragedy|a terrible blow]))."#,
        ],
        (QuoteSympathy, Para) => &[
            r#"{who.name}, {who.desc}, [described|called] the {incident} [a calamity|a catastrophe|an immense loss] for [the city|{city}] and [the nation|{country}] and [sent|extended] [sympathies|condolences] to {group}."#,
            r#"[Expressing|Sending] [sympathy|condolences] to {group}, {who.name} [termed it|described it as] [a catastrophe|a calamity] for {country}."#,
        ],
        (QuoteSympathy, Indep) => &[
            r#""{~nowords}. {~neighbours}," said {who.name}, {who.his} voice [breaking|unsteady]."#,
            r#"{who.ref} [visited|toured] {site.short} [on {weekday} {daypart}|late on {weekday}] and [met|spoke with] {group}, [promising|vowing] [support|help] [for|to] [those affected|survivors]."#,
        ],
        (QuoteWarning, Wire) => &[
            r#""[We fear|We expect|It is likely] that {risk}," {who.ref} [warned|said], [urging|and urged] [residents|people in {city}] to {advice}."#,
            r#"[Residents|People in {city}] were [urged|told] to {advice}((, and {who.ref} warned that {risk}))."#,
        ],
        (QuoteWarning, Para) => &[
            r#"{who.name} [cautioned|feared] that {risk} and [asked|advised] [people|locals|the public] to {advice}."#,
            r#"[The public|Locals] should {advice}, [according to|in the view of] {who.name}, who [believes|fears] {risk}."#,
        ],
        (QuoteWarning, Indep) => &[
            r#""[People must|Everyone should] {advice}. [We are not out of danger|This is not over yet]," {who.name} said [on {weekday}|near {site.short}]."#,
            r#"{who.ref} [said|told reporters] [bluntly|frankly] that [in {who.his} view|{who.he} feared] {risk}."#,
        ],
        (QuoteInquiry, Wire) => &[
            r#""{~account}," {who.ref} {~said}((, promising a [full|thorough|transparent] investigation))."#,
        ],
        (QuoteInquiry, Para) => &[
            r#"{who.name} [vowed|pledged] that [whoever was|those who were] [to blame|responsible] would be [punished|prosecuted] and [promised|announced] [an inquiry|a probe]."#,
        ],
        (QuoteInquiry, Indep) => &[
            r#"{who.ref} [said|told reporters|promised] [the government|the authorities|investigators from {capital}] would [find out|establish|determine] [exactly|precisely|quickly] what [went wrong|happened] [at {site.short}|in {city}|on {weekday}], [adding|and added] that [no one|nobody] [would be|was] [shielded|protected|above the law]."#,
        ],
        // ----------------------------------------------------------- witnesses
        (WitnessHeard, Wire) => &[
            r#""{~heard} {sound}, and then {after_w}," said {wname}, {~who_w}."#,
            r#""{~heard} {sound}. Then {after_w}. {~shock}," {wname}, {~who_w}, {~said}."#,
        ],
        (WitnessHeard, Para) => &[
            r#"{wname}, [aged {wage}|{wage}], [a local {wjob}|who works as a {wjob}], [recalled|described] hearing {sound} [just before|moments before] {after_p}."#,
        ],
        (WitnessHeard, Indep) => &[
            r#""[It sounded like|It was like] {sound}. {~shock}," {wname}, {wage}, {~isaid}."#,
            r#"{wname}, a {wjob}, [was|had been] [opening|closing|cleaning] [{wher} shop|{wher} stall|the {wjob_place}] [near|beside|behind] {site.short} at {clock} when [{wshe} heard|there was] {sound}."#,
        ],
        (WitnessSaw, Wire) => &[r#""{~saw} {sight}. {~shock}," [said|added] {wname}, {~who_w}."#],
        (WitnessSaw, Para) => &[
            r#"{wname}, a {wjob}, [described|spoke of] seeing {sight} [all over|across] [the area|the street|{site.short}]."#,
        ],
        (WitnessSaw, Indep) => &[
            r#"[When|By the time] {wname} [got outside|reached the street], {wshe} [saw|found] {sight} [and|while] {crowd} [ran|fled] past."#,
            r#""{sight}, [just|only] {sight}," {wname}, a {wage}-year-old {wjob}, {~isaid}."#,
        ],
        // ------------------------------------------------------------- rescue
        (Rescue, Wire) => &[
            r#"[Rescue workers|Emergency crews|{responders}] [using|equipped with] {equip} [searched|combed] {debris} [through the night|for a second day|into {weekday} evening]((, hoping to find [survivors|anyone still alive]))."#,
            r#"[The search for survivors|Search and rescue operations] [continued|went on](( for more than {hours} hours)) [at|around] {site.short}, with {responders} [using|deploying] {equip}."#,
        ],
        (Rescue, Para) => &[
            r#"{equip} [were brought in|were deployed] [as|while] {responders} [sifted through|scoured] {debris} [in the hope of|hoping to be] [locating|finding] [people alive|survivors]."#,
            r#"[For over|More than] {hours} hours, {responders} [have kept looking|kept searching] [for those still missing|for signs of life]((, [relying on|aided by] {equip}))."#,
        ],
        (Rescue, Indep) => &[
            r#"[Volunteers|Neighbours|Young men] [dug with their bare hands|formed human chains|passed buckets] [alongside|next to] {responders}((, [who had brought|who were using] {equip}))."#,
            r#"[Every few minutes|Periodically|From time to time], [a whistle|a shout] [went up|was heard] and [the crowd|everyone] [fell silent|stopped] [as|while] {responders} [listened for|strained to hear] [signs of life|voices] [at {site.short}|under {debris}]."#,
        ],
        // -------------------------------------------------------------- cause
        (Cause, Wire) => &[
            r#"[The cause of the {incident}|What caused the {incident}] was not [immediately|yet] clear, but [investigators|{who.ref}|{~officials}] said [initial|early] [indications|reports] pointed to {cause}."#,
            r#"[Investigators|Police|Experts] [were examining|were investigating] whether {cause} [was to blame|had caused the {incident}]((, {who.ref} said))."#,
        ],
        (Cause, Para) => &[
            r#"{cause} [may have been behind|is suspected of causing|could have triggered] the {incident}, [according to|in the view of] [preliminary findings|early assessments]((, though no final conclusion has been reached))."#,
        ],
        (Cause, Indep) => &[
            r#"[Residents|Locals|Neighbours] [blamed|pointed to] {cause}, [saying|claiming] [they had|people had] [complained|warned the authorities] [for months|for years|repeatedly]."#,
        ],
        // --------------------------------------------------------- org action
        (OrgAction, Wire) => &[
            r#"In a statement, the {org} said it had [deployed|sent] {teams} [personnel|staff|rescue workers] to {city}((, along with {supply}))."#,
            r#"The {org} [said|announced] it was [sending|rushing] {teams} [staff|workers] and {supply} to [the area|{city}](( and had [set up|opened] [a crisis centre|an emergency hotline]))."#,
        ],
        (OrgAction, Para) => &[
            r#"{teams} [members of staff|workers] from the {org.short} [were dispatched|have been sent] to {city}((, together with {supply})), the {org.kind} [stated|reported]."#,
        ],
        (OrgAction, Indep) => &[
            r#"[Trucks|Vans|Lorries] [bearing|carrying] the [logo|insignia] of the {org} [began arriving|were arriving|rolled in] [on {weekday} {daypart}|by {weekday} evening]((, [loaded with|bringing] {supply}))."#,
        ],
        // ------------------------------------------------------------ leaders
        (LeaderMourning, Wire) => &[
            r#"{p1.ref} declared {days} days of [national|official] mourning((, and flags [in {city}|in {capital}|across {country}] were lowered to half-mast))."#,
        ],
        (LeaderMourning, Para) => &[
            r#"{p1.name}, {p1.desc}, [proclaimed|announced] a {days}-day [mourning period|period of mourning]((, ordering flags to fly at half-mast))."#,
        ],
        (LeaderMourning, Indep) => &[
            r#"[Flags|Flags on government buildings] [hung|flew] at half-mast [across|in] {city} [on {nextday}|by {weekday} evening] [after|as] {p1.name} [ordered|announced] [{days} days of mourning|a {days}-day mourning period]."#,
        ],
        (LeaderReturn, Wire) => &[
            r#"{p1.ref} [cut short|interrupted|cancelled] [a foreign trip|a visit abroad|a campaign tour] to [return to|travel to] {city}((, [aides|{p1.his} office|the government] said))."#,
        ],
        (LeaderReturn, Para) => &[
            r#"{p1.name} [abandoned|broke off] [an overseas visit|a trip abroad|campaign engagements] [in order|so as] to [go|head] to {city}, [aides|{p1.his} office] [indicated|confirmed]."#,
        ],
        (LeaderReturn, Indep) => &[
            r#"{p1.ref} [flew|was driven] [into|to] {city} [on {nextday}|late on {weekday}], [hours after|soon after] [breaking off|leaving] [a trip abroad|engagements elsewhere]."#,
        ],
        // ------------------------------------------------------------ hospital
        (Hospital, Wire) => &[
            r#"[Hospitals in|Doctors across|Staff at {hospital} and other hospitals in] {city} [appealed for|called for] blood donors((, and {hcount} [hospitals|clinics] in {region} [cancelled|postponed] [routine operations|non-urgent surgery]))."#,
        ],
        (Hospital, Para) => &[
            r#"[An urgent call|A plea] for blood [donations|donors] [went out|was issued] from [medical staff|hospitals] in {city}((, while {hcount} [facilities|hospitals] [put off|suspended] [planned|elective] [surgery|procedures]))."#,
        ],
        (Hospital, Indep) => &[
            r#"[A queue|A long line] of [volunteers|donors] [stretched|snaked] [around|outside] {hospital} [on {weekday} {daypart}|by {weekday} evening]((, [some|many] [clutching|carrying] [photos|pictures] of [missing|lost] relatives))."#,
        ],
        // ---------------------------------------------------------- evacuation
        (Evacuation, Wire) => &[
            r#"[More than|Some|About] {evacuated} people were [evacuated|moved] from [nearby homes|the surrounding streets|the area] and [taken to|housed in] {shelter}((, {~officials} said))."#,
        ],
        (Evacuation, Para) => &[
            r#"[Authorities|Officials] [relocated|moved] {evacuated} [residents|people] [away from|out of] [the danger zone|neighbouring streets|the affected area]((, [putting them up|sheltering them] in {shelter}))."#,
        ],
        (Evacuation, Indep) => &[
            r#"[In|At] {shelter}, [families|evacuees] [slept|spent the night] on [thin mattresses|camp beds|the floor], [among|part of] the {evacuated} people [forced|ordered] [out of their homes|to leave]."#,
        ],
        // -------------------------------------------------------------- damage
        (DamageHomes, Wire) => &[
            r#"[At least|Some|More than] {homes} [homes|buildings|houses] were [damaged|destroyed or damaged]((, according to {~officials}))."#,
        ],
        (DamageHomes, Para) => &[
            r#"[A preliminary|An initial] [survey|assessment] [found|showed] that {homes} [dwellings|properties|structures] had [suffered damage|been hit]((, {~officials} [indicated|reported]))."#,
        ],
        (DamageHomes, Indep) => &[
            r#"[Whole rows|Entire streets|Block after block] of [houses|homes] [in {city}|near {site.short}] [stood|were] [wrecked|roofless|gutted]; [{~officials}|engineers] [put|estimated] [the toll on buildings|the number of damaged homes|the damage] at {homes} [structures|properties|houses]."#,
        ],
        (DamageCost, Wire) => &[
            r#"{~officials} [estimated|put] the [damage|cost of the damage] at {amount}((, [a figure|an amount] [likely|expected] to [rise|grow]))."#,
        ],
        (DamageCost, Para) => &[
            r#"[The preliminary|An early] [estimate|figure] for [repairs|the losses] [is|stands at] {amount}((, {~officials} [believe|suggested]))."#,
        ],
        (DamageCost, Indep) => &[
            r#"[Insurers|Business owners|Traders] [said|feared] the [losses|bill] [would run|could run] [well|far] beyond {amount}, [the official estimate|the figure given by officials]."#,
        ],
        // ------------------------------------------------------ arrests, missing
        (Arrests, Wire) => &[
            r#"Police [said|announced] they had [arrested|detained] {arrested} [people|suspects] [in connection with|over] the {incident}((, but gave no further details))."#,
        ],
        (Arrests, Para) => &[
            r#"{arrested} [individuals|suspects] [are|were] [in custody|being held] [over|in connection with] the {incident}, according to police((, who [released|gave] [few|no] [details|further information]))."#,
        ],
        (Arrests, Indep) => &[
            r#"[Officers|Plain-clothes police] [led away|took away|detained] [several|a number of] [men|people] [near|around] {site.short}; [police later confirmed|a police source said] {arrested} [arrests|people were being held]."#,
        ],
        (Missing, Wire) => &[
            r#"[At least|Some|Around] {missing} people [were still missing|remained unaccounted for]((, [and|as] [relatives|families] [gathered|waited] [outside|near] {site.short} [for news|for information]))."#,
        ],
        (Missing, Para) => &[
            r#"[Relatives|Families] [waited|gathered] for news [of|about] the {missing} people [still missing|not yet accounted for]((, {~officials} [stated|said]))."#,
        ],
        (Missing, Indep) => &[
            r#"[Taped|Pinned] to [a wall|a fence|the gates] [near|outside] {site.short}, [photos|pictures] of the missing [fluttered|hung]((: {missing} of them, [according to|by] [the latest|an official] count))."#,
        ],
        // --------------------------------------------------------- background
        (CityProfile, Wire) => &[
            r#"{city}, a {adj} {tnoun} of about {pop} people, lies [some|about] {km} kilometres {dir} of the capital, {capital}."#,
        ],
        (CityProfile, Para) => &[
            r#"[Home to|With] [roughly|around] {pop} [inhabitants|residents], {city} is a {adj} {tnoun} [located|situated] {km} km {dir} of {capital}."#,
        ],
        (CityProfile, Indep) => &[
            r#"[The|This] {adj} {tnoun}, [{km} kilometres|a few hours' drive] from {capital}, [has|is home to] [roughly|some] {pop} [people|residents] [and|but] [rarely|seldom] [makes|appears in] [national headlines|the national news]."#,
        ],
        (Economy, Wire) => &[
            r#"The [area's|region's|local] economy [relies|depends] [heavily|largely] on {i1}, {i2} and {i3}((, and {~jobs}))."#,
        ],
        (Economy, Para) => &[
            r#"{i3}, {i1} [and|as well as] {i2} [are|remain] the [mainstays|pillars|backbone] of [the local economy|jobs in {region}]."#,
        ],
        (Economy, Indep) => &[
            r#"[Many|Most] [families here|people in {city}] [make a living|earn their living|get by] [from|on] {i2} or {i1}((, [while|and] [younger people|the young] [increasingly|often] [leave|move away] [for|to] {capital}))."#,
        ],
        (PastIncident, Wire) => &[
            r#"In {pyear}, [a similar|another] {incident} in {ocity} [killed {pn} people|left {pn} people dead](( and [led to|prompted] {conseq}))."#,
        ],
        (PastIncident, Para) => &[
            r#"{ocity} [suffered|experienced] [a comparable|a similar] [disaster|tragedy] in {pyear}, [when|in which] {pn} [people died|lives were lost]((, [an event that|which] [triggered|resulted in] {conseq}))."#,
        ],
        (PastIncident, Indep) => &[
            r#"[Older residents|People here|Many locals] [still|well] remember {pyear}, when [{pn} people died|{pn} lives were lost] in {ocity}((, [and|after which] {conseq} [followed|came]))."#,
        ],
        (Criticism, Wire) => &[
            r#"{critics} [have long|have repeatedly|have for years] [complained|warned] about {problem} in {city}((, {~inaction}))."#,
        ],
        (Criticism, Para) => &[
            r#"[Anger over|Concern about|The issue of] {problem} [has been|was] a [long-standing|recurring] [grievance|concern] [for|among] {critics} in {region}((, who [accuse|say] [officials|the authorities] [of inaction|do too little]))."#,
        ],
        (Criticism, Indep) => &[
            r#"[Here|In {city}|Around {site.short}], [anger|frustration|resentment] is [growing|mounting|rising] over {problem}((, [something|an issue|a problem] {critics} [say|insist] they [flagged|raised|reported] [in {pyear2}|years ago|to {capital}]))."#,
        ],
        (Aid, Wire) => &[
            r#"[Neighbouring|Nearby] {ocountry} [offered|pledged] [help|assistance|{supply}]((, [and|while] [international aid groups|the Red Cross in {ocountry}|relief charities|the {ocountry} government] [said|indicated] [they|it] [stood ready|were ready|was preparing] to [send|fly in|truck in] [more|further] [supplies|help]))."#,
        ],
        (Aid, Para) => &[
            r#"{ocountry}, [a neighbouring country|which borders {country}], [promised|has offered] [support|aid]((, and [relief organisations|aid agencies] [signalled willingness|indicated they were prepared] to [supply|ship] {supply}))."#,
        ],
        (Aid, Indep) => &[
            r#"[Aid|Help] from {ocountry} [was expected|was due] [to arrive|to land] [by|on] {nextday}, [diplomats|officials] [said|told us]((, [including|with] {supply}))."#,
        ],
        (Disruption, Wire) => &[
            r#"[The {incident} forced the closure of|{~officials} closed] {closure} and {closure2}((, [causing|creating] [long|heavy] [traffic jams|delays] [across|around] {city}))."#,
        ],
        (Disruption, Para) => &[
            r#"{closure2} [as well as|and also] {closure} [remained shut|were closed] [in the aftermath|following the {incident}]((, [snarling|disrupting] [traffic|travel] [throughout|across] {city}))."#,
        ],
        (Disruption, Indep) => &[
            r#"[With|Because] {closure} [shut|closed], [drivers|commuters] [faced|endured] [hours-long|lengthy] [detours|delays]((, [and|while] {closure2} [stayed|remained] [closed|shut] [too|as well]))."#,
        ],
        (Outlook, Wire) => &[
            r#"[Forecasters|Meteorologists|The {country} weather service] [predicted|warned of] {outlook} [over the coming days|for the rest of the week|in the next 48 hours|until {nextday}]((, which could [hamper|complicate|slow] [relief efforts|the rescue operation|aid deliveries] in {city}))."#,
        ],
        (Outlook, Para) => &[
            r#"[Forecasters expect|The forecast is for|Meteorologists see] {outlook} [in the days ahead|later in the week]((, [something|a development] that [may|might] [hinder|slow] [aid deliveries|rescue work]))."#,
        ],
        (Outlook, Indep) => &[
            r#"[Dark clouds|Grey skies] [hung|gathered] over {city} [on {weekday} {daypart}|as night fell], [and|while] [residents|rescuers] [braced for|feared] {outlook}."#,
        ],
        (Mourning, Wire) => &[
            r#"[On {nextday}|The following day], [funerals|the first funerals] for [some of the|several] [victims|dead] [were held|took place] [at|in] {mplace}((, [attended by|drawing] [hundreds|thousands] of [mourners|people from {region}]))."#,
        ],
        (Mourning, Para) => &[
            r#"[Hundreds|Thousands] of [grieving|mourning] [people|relatives] [gathered|assembled] [at|in] {mplace} [on {nextday}|a day later] [to bury|to lay to rest] [the first|some] of the [dead|victims]."#,
        ],
        (Mourning, Indep) => &[
            r#"[At|In] {mplace}, [relatives|mourners|neighbours of the dead] [wept|prayed|sang] [as|while] [{deaths} coffins|the first coffins|coffins draped in white] [were carried|passed|were lowered] [through the crowd|to the graves|one by one] [on {nextday}|under {sky} skies]."#,
        ],
        (Footage, Wire) => &[
            r#"[Footage|Video|Images] [shared|posted|circulating] [online|on social media] [showed|appeared to show] {scene1} and {scene2}((, {~unverified}))."#,
        ],
        (Footage, Para) => &[
            r#"{scene2} [as well as|and also] {scene1} [could be seen|were visible] in [videos|clips|images] [circulating|spreading] online((, whose authenticity [has not been|could not be] [confirmed|checked]))."#,
        ],
        (Footage, Indep) => &[
            r#"[In|On] [a video|one clip] [filmed|taken] [by a resident|from a balcony|on a phone], {scene1} can be seen((, [as people shout|while someone shouts] [in the background|off camera]))."#,
        ],
        // ------------------------------------------------- independent-only
        (ReporterScene, Indep) => &[
            r#"[On {weekday} {daypart}|By the next morning|Hours later], {site.short} was [a scene of|a picture of] {after}, [with|as] {crowd} [standing|gathered] [silently|in small groups] [behind police tape|at a distance]."#,
            r#"[The smell of|A haze of] {smell} [hung|lingered] over {site.short}((, [where|as] {responders} [moved|picked their way] [carefully|slowly] through {debris}))."#,
            r#"[Along|Across] the [streets|lanes] [around|near] {site.short}, {after} [lay|were strewn] [where|as] [they had fallen|the {incident} had left them]."#,
        ],
        (LocalVoice, Indep) => &[
            r#""{concern}" asked {wname}, a {wjob}((, whose {wjob_place} [near {site.short}|in {city}] [was destroyed|is gone|was wrecked]))."#,
            r#"{wname}, {wage}, [stood|waited] [outside|near] {site.short} [for hours|all afternoon|since {clock}]. "{concern}" {wshe} [asked|said]."#,
        ],
        // ---------------------------------------------------- own additions
        (OwnNote, Own) => &[
            r#"{outlet} [could not|was unable to] [independently verify|confirm] [the figures|the casualty figures|these reports]((, which [were provided|came] [by|from] [officials|the authorities]))."#,
            r#"[This article|This story] [was updated|has been updated] [with|to include] [the latest|new] [casualty figures|details] from {city}((, [and|as] [more|further] information becomes available))."#,
            r#"[{outlet} has|We have] [asked|contacted] the {org.short} [for comment|for details] [and will update|and is awaiting a reply]."#,
        ],
        (OwnContext, Own) => &[
            r#"The {incident} is [the latest|another] in a [series|string] of [disasters|misfortunes] to [hit|strike] {country} [this year|in recent months]((, [following|after] {prior} in {ocity}))."#,
            r#"[For readers|For our readers] [with relatives|with family] in {city}, [the foreign ministry|the embassy in {capital}] [has opened|has set up] [a hotline|an information line]((, [available|open] [around the clock|day and night]))."#,
            r#"{outlet} [spoke to|contacted|reached] {count} [residents|families] of {city}((, who [described|spoke of|recounted] {feeling}))."#,
            r#"[Our|This newspaper's] [correspondent|reporter] [in|covering] {region} [reported|described] {after} [and|with] {crowd} [still waiting|gathered] [for news|outside {hospital}]."#,
            r#"[Flights|Bus services] [between|linking] {capital} and {city} [were suspended|have been cancelled] for [at least|about] {hours} hours((, [travel operators|airlines] [told|informed] {outlet}))."#,
        ],
        (OwnVoice, Own) => &[
            r#"{wname}, [a {wjob} from|who runs a business in] {city}, [told|spoke to] {outlet} [by phone|on the phone]: "{concern}""#,
            r#"[Speaking to|Reached by] {outlet}, {wname} [said|described] {feeling} [after|following] the {incident}((, [adding|and added] that {wshe} [had not slept|could not sleep]))."#,
        ],
        _ => &[],
    }
}

/// Headline templates for `style`.
pub fn titles(style: Style) -> &'static [&'static str] {
    match style {
        Style::Wire => &[
            "[At least|] {deaths} [killed|dead] [as|after] {incident} [hits|strikes] {site.short} in {city}",
            "{incident} [kills at least {deaths}|kills {deaths}, injures {injured}] in {country}'s {city}",
            "{city} {incident}: [death toll rises to|toll reaches] {deaths}",
        ],
        Style::Para | Style::Own => &[
            "{deaths} dead, {injured} hurt in {city} {incident}",
            "[Tragedy|Horror|Carnage] in {city}: {deaths} [dead|killed] [after|in] {incident}",
            "{country}: [deadly|fatal] {incident} [hits|rocks] {city}",
            "What we know about the {city} {incident}",
            "{city} {incident} [leaves|kills] {deaths}[, dozens injured|]",
        ],
        Style::Indep => &[
            "[Inside|In] {city}, a [day|night] of [horror|grief|chaos]",
            "[Survivors|Residents] [describe|recount] [terror|chaos] of {city} {incident}",
            "[Anger|Grief] [grows|mounts] in {city} as [toll|death toll] [climbs|rises] to {deaths}",
            "A [city|town] in [shock|mourning]: {city} after the {incident}",
        ],
    }
}

/// Dateline templates for `style`.
pub fn datelines(style: Style) -> &'static [&'static str] {
    match style {
        Style::Wire => &["{CITY} ({agency}) –"],
        Style::Indep => &["{CITY}, {country} —", "{CITY} —"],
        Style::Para | Style::Own => &["{CITY} —", "{city}:"],
    }
}

/// Closing lines a derived article credits its source with.
pub const TAGLINES: &[&str] = &[
    "— {agency}",
    "(With {agency})",
    "Additional reporting by {agency}.",
    "© {agency}",
    "Source: {agency}",
];
