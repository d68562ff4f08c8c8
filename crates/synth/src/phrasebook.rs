//! The templates: for each message kind, one family per style.
//!
//! Rules the wording keeps:
//! - within a kind, every template says the same thing, so a paraphrase can
//!   be rendered from the message alone;
//! - the wire, paraphrase, independent and own families never share their
//!   fixed wording, and fixed runs between slots and alternatives are short,
//!   so different events and different styles do not line up for six words;
//! - `((...))` marks clauses a copy editor may drop;
//! - the brief and tabloid family ([`Style::Tab`]) is worded as clauses
//!   that can be merged, two or three into one sentence.
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
        // ------------------------------------ brief and tabloid rewrites (Tab)
        // Clauses that read as sentences on their own and can be merged:
        // each keeps the figures and names any wire wording of its kind
        // carries, the wire's optional details in its own optional clauses.
        (Lede, Tab) => &[
            r#"[horror struck|tragedy struck|disaster hit|terror struck] {city} on {weekday} [as|when] a [deadly|devastating|horrific] {incident} [at|near] {site.short} [left {deaths} people dead and {injured} hurt|claimed {deaths} lives and left {injured} injured|killed {deaths} and hurt {injured}]."#,
            r#"{deaths} [people|victims] [perished|lost their lives|were left dead] and {injured} [more|others] [were hurt|needed treatment|were taken to hospital] [after|when] a {incident} [hit|wrecked|devastated] {site.short} [in|at] {city} on {weekday}."#,
            r#"[a horrific|a devastating|a deadly|a catastrophic] {incident} [tore through|brought carnage to|ripped apart] {site.short} [in|at] {city} on {weekday}, [with|leaving] {deaths} [dead|people killed] and {injured} [hurt|injured|wounded]."#,
        ],
        (Toll, Tab) => &[
            r#"{critical} of the {injured} [casualties|victims|hurt] [are fighting for their lives|are in a critical state|remain gravely ill]((, [doctors at {hospital} said|at {hospital}|medics at {hospital} say]))."#,
            r#"[doctors|medics|surgeons] [are battling to save|are fighting to save|are desperately treating] {critical} of the {injured} [casualties|victims|wounded]((, [at {hospital}|some with {injury}|many with {injury}]))."#,
            r#"[among|of] the {injured} [hurt|injured|wounded], {critical} [are clinging to life|are said to be critical|face a fight for survival]((, [at {hospital}|in {hospital}]))."#,
        ],
        (Scene, Tab) => &[
            r#"[disaster came|it all happened|the {incident} hit|horror unfolded] at about {clock}, [just as|while|when] {crowd} [packed|filled|crowded] {site.short} [in town for|drawn by|gathered for|turning out for] {occasion}."#,
            r#"{site.short} [was heaving with|was thronged by|was teeming with] {crowd} [there for|attending|out for|marking] {occasion} when [disaster|the {incident}|tragedy] [came|hit|struck] [around|at roughly|at about] {clock}."#,
            r#"{crowd} [in town for|celebrating|down for|arriving for] {occasion} [had packed|were filling|crowded into] {site.short} [when|as] [it|the {incident}|disaster] [happened|hit|struck] [around|just after|at about] {clock}."#,
        ],
        (QuoteEffort, Tab) => &[
            r#"{who.ref} [vowed|promised|pledged|swore] that [crews|rescuers|teams] [would|were going to|will] {goal}((, with {teams} [people|workers|volunteers] [on the ground|taking part|involved] [since {clock}|by {daypart}|from {clock}]))."#,
            r#"[some|around|roughly] {teams} [workers|responders|rescuers] [are racing|are battling|are scrambling] to {goal}, [according to|says|insists] {who.ref}((, [whose crews have worked since|who has been on site since|in charge since] {clock}))."#,
            r#"[the aim|the goal|the mission] [now|for now|for {teams} responders] is to {goal}, {who.ref} [insisted|stressed|made clear]((, [with crews out since|after working since] {clock}))."#,
        ],
        (QuoteSympathy, Tab) => &[
            r#"{who.ref} [sent|offered|extended] [heartfelt|deepest|sincere] [sympathies|condolences|thoughts] to {group}((, [branding|calling|describing] it a [black|dark|grim] day for {city} and {country}))."#,
            r#"[a grief-stricken|a visibly shaken|a tearful|an emotional] {who.ref} [reached out to|spoke of solidarity with|sent a message to] {group}((, [saying|adding|declaring] {city} and {country} were [in mourning|heartbroken|in shock]))."#,
            r#"[heartfelt|deep|warm] [sympathy|condolences] [went out|were sent] to {group} from {who.ref}((, who [said|declared|stated] {country} and {city} [shared their pain|would not forget]))."#,
        ],
        (QuoteWarning, Tab) => &[
            r#"{who.ref} [warned darkly|cautioned bluntly|feared openly|admitted grimly] that {risk}((, [begging|telling|imploring] [people|locals|everyone] to {advice}))."#,
            r#"[people|locals|residents|families] [have been begged|were told|were asked|were warned] to {advice} by {who.ref}((, who [fears|believes|suspects] {risk}))."#,
            r#"[grimly|bleakly|darkly], {who.ref} [predicted|said it was likely|conceded] that {risk}((, and [asked|urged|begged] [the public|everyone nearby|all residents] to {advice}))."#,
        ],
        (QuoteInquiry, Tab) => &[
            r#"{who.ref} [vowed that heads would roll|promised that the guilty would pay|swore that those at fault would pay] and [ordered|announced|demanded] a [sweeping|full-scale|top-level] [probe|inquiry]((, [speaking|talking] in {city}))."#,
            r#"[a furious|an angry|a stern] {who.ref} [demanded|promised|pledged] [answers|justice|accountability] and [a full|an independent|a sweeping] [probe|inquiry]((, [telling|assuring] [families|reporters] in {city} [nobody|no one] would be spared))."#,
            r#"[heads will roll|the guilty will pay|those to blame will face justice], {who.ref} [vowed|warned|promised]((, [ordering|launching|announcing] a [sweeping|full|top-level] [probe|inquiry]))."#,
        ],
        (WitnessHeard, Tab) => &[
            r#"{wname}, {wage}, [a {wjob}|a {wjob} by trade|by day a {wjob}], [told how|recalled how|described how] {wshe} heard {sound} [seconds|just|moments] before {after_p}(( [in {city}|near {site.short}]))."#,
            r#"[terrified|shaken|stunned] {wjob} {wname}, {wage}, [heard|was startled by|was jolted by] {sound}((, and [then|moments later|seconds later] {after_p}))."#,
            r#"{sound} [was the first sign|came first|broke the calm], [recalled|said|remembered] {wname}, {wage}((, [a {wjob}|a {wjob} by trade] [from {city}|living nearby]))."#,
        ],
        (WitnessSaw, Tab) => &[
            r#"{wname}, {wage}, [a {wjob}|a {wjob} from {city}|a local {wjob}], [told how|said|described how] {wshe} [saw|was met by|came across] {sight}(( [in {city}|near {site.short}]))."#,
            r#"[shaken|horrified|stunned] {wjob} {wname}, {wage}, [saw|spotted|witnessed] {sight}((, [in {city}|outside {site.short}|near {site.short}]))."#,
            r#"{sight} [greeted|confronted|met] {wname}, {wage}, [a {wjob}|a {wjob} by trade]((, [when|as] {wshe} [ran outside|went to look|stepped out]))."#,
        ],
        (Rescue, Tab) => &[
            r#"[desperate|exhausted|weary] {responders} [clawed|dug|picked their way] through {debris} [with|using|helped by] {equip}((, [still at it|still going|still searching] after {hours} hours))."#,
            r#"{responders} [with|and|backed by] {equip} [are still scouring|kept hunting through|went on searching] {debris}((, [now|already|by now] {hours} hours [on|in]))."#,
            r#"[helped by|armed with|relying on] {equip}, {responders} [kept searching|hunted on|toiled on] [in|through] {debris}((, [for|during] {hours} [long|gruelling|exhausting] hours))."#,
        ],
        (Cause, Tab) => &[
            r#"{cause} [may have sparked|probably caused|likely triggered|is blamed for] the [horror|{incident}|disaster]((, [according to|in the view of|says] {who.ref}))."#,
            r#"[early|first|initial] [signs|findings|clues] [point to|suggest|blame] {cause}((, [says|according to|in the words of] {who.ref}))."#,
            r#"[investigators|experts|officials] [suspect|believe|are probing whether] {cause} [was behind|caused|set off] the [horror|{incident}|disaster]((, {who.ref} [hinted|suggested|indicated]))."#,
        ],
        (OrgAction, Tab) => &[
            r#"the {org.short} [rushed|sent|dispatched] {teams} [staff|people|workers] [and|along with|plus] {supply} to {city}."#,
            r#"{teams} {org.short} [workers|staff|personnel] [were rushed|were flown|were sent] to {city} [with|carrying|bringing] {supply}."#,
            r#"[help|relief|backup] [arrived|poured in|came] [in {city}|to {city}] [as|when] the {org.short} [sent|deployed|rushed in] {teams} [staff|workers|people] [with|and] {supply}."#,
        ],
        (LeaderMourning, Tab) => &[
            r#"{p1.ref} [ordered|decreed|proclaimed] {days} days of mourning((, [with|and] flags [flown at|lowered to|dropped to] half-mast [in {city}|across {country}]))."#,
            r#"[the nation|{country}|the whole country] [will mourn|is to mourn|began mourning] for {days} days [on the orders of|by decree of|at the call of] {p1.ref}((, [with|as] flags [came down|fell] to half-mast))."#,
        ],
        (LeaderReturn, Tab) => &[
            r#"{p1.ref} [rushed back|hurried home|flew back|raced home] [from abroad|from an overseas trip|from a trip overseas] to [visit|be in|get to] {city}."#,
            r#"[abandoning|cutting short|scrapping] [a trip abroad|an overseas visit|foreign engagements], {p1.ref} [headed|raced|flew] [straight to|to] {city}."#,
        ],
        (Hospital, Tab) => &[
            r#"[hospitals|medics|doctors] in {city} [begged|pleaded|appealed] for blood((, with {hcount} [hospitals|clinics] in {region} [axing|scrapping|postponing] planned [surgery|operations]))."#,
            r#"[desperate|urgent] [appeals|pleas] for [blood|blood donors] [went out|were made] [in|across] {city}((, [and|as] {hcount} [clinics|hospitals] in {region} [cancelled|put off] [planned|routine] [surgery|operations]))."#,
        ],
        (Evacuation, Tab) => &[
            r#"{evacuated} [people|residents|locals] [were forced from their homes|had to flee|were moved out] and [are now in|were put up in|are sleeping in] {shelter}."#,
            r#"[some|around|roughly] {evacuated} [people|residents] [fled|were evacuated|were cleared out] [to|into] {shelter}((, [officials said|in a hasty operation|as a precaution]))."#,
        ],
        (DamageHomes, Tab) => &[
            r#"{homes} [homes|buildings|houses] [were wrecked|were left damaged|were battered] [by the {incident}|in the disaster|in the chaos] in {city}."#,
            r#"[in all|all told|in total], {homes} [buildings|homes|properties] [suffered damage|were hit|took damage]((, [according to|says|by the count of] {~officials}))."#,
        ],
        (DamageCost, Tab) => &[
            r#"the [bill|repair bill|damage bill] [is put at|could top|is estimated at] {amount}((, [and|with] [the sum|the figure|the total] [set to|likely to|expected to] [climb|rise|grow]))."#,
            r#"[repairs|the clean-up|rebuilding] [will cost|could cost|is set to cost] [at least|some|around] {amount}((, [officials say|it is feared|early estimates suggest]))."#,
        ],
        (Arrests, Tab) => &[
            r#"{arrested} [people|suspects|men] [have been|were] [held|arrested|detained] [over|after|following] the [horror|{incident}|disaster] in {city}."#,
            r#"[police|cops|officers] [have held|are questioning|have arrested] {arrested} [people|suspects] [over|about|in connection with] the [horror|{incident}|disaster]((, [but|though] [gave few details|said little more]))."#,
        ],
        (Missing, Tab) => &[
            r#"{missing} [people|victims] [are still missing|have not been found|remain unaccounted for]((, [with|and] [anxious|desperate|frantic] [relatives|families] [waiting|keeping vigil|gathered] at {site.short}))."#,
            r#"[frantic|anxious|desperate] [families|relatives] [are still waiting for|are keeping vigil for|await news of] {missing} [people|loved ones|victims] [not yet found|still missing|still unaccounted for]((, [near|outside|at] {site.short}))."#,
        ],
        (CityProfile, Tab) => &[
            r#"{city}, [home to|a {tnoun} of|a town of] {pop} [people|residents|souls], [sits|lies|is] {km}km {dir} of {capital}."#,
            r#"[some|around|about] {pop} [people|residents] [live in|call] {city}((, [a {adj} {tnoun}|a {tnoun}] {km}km {dir} of {capital}))."#,
        ],
        (Economy, Tab) => &[
            r#"[{i2} and {i3} as well as {i1}|{i3}, {i2} plus {i1}|{i1}, {i3} together with {i2}] [prop up|sustain|drive] the [local|regional|area's] economy((, [though|while] {pct} percent of [families|people in {region}|households] [are poor|struggle|get by on little]))."#,
            r#"[locals|families|most people] [depend on|live off|rely on] [{i3}, {i1} or {i2}|{i2}, {i3} or {i1}|{i1} or {i2}, and {i3}]((, [and|with] {pct} percent [of households|of families] [in poverty|struggling|poor]))."#,
        ],
        (PastIncident, Tab) => &[
            r#"[the disaster|it|the {incident}] [brought back memories of|echoed|revived memories of] {pyear}, when {pn} people died in {ocity}((, [leading to|sparking|triggering] {conseq}))."#,
            r#"{ocity} [lost|mourned|buried] {pn} [people|victims|dead] in a [similar|comparable|like] [disaster|tragedy|{incident}] in {pyear}((, [which led to|which brought|followed by] {conseq}))."#,
        ],
        (Criticism, Tab) => &[
            r#"{critics} [have been fuming|have long raged|have complained bitterly] [about|at|regarding] {problem} [in|across|around] {city}((, [with little fixed since|despite pledges made in|ignored since] {pyear}))."#,
            r#"[fury|anger|outrage] [at|about|regarding] {problem} [keeps simmering|is boiling over|keeps growing] [among|with] {critics} in {city}((, [with nothing fixed since|despite promises in|unanswered since] {pyear}))."#,
        ],
        (Aid, Tab) => &[
            r#"{ocountry} [offered|promised|pledged] [help|{supply}|support]((, [with|as] [aid groups|charities|relief agencies] [poised|ready|lining up] to [help|send more|chip in]))."#,
            r#"[help|aid|support] [is on its way|is coming|was promised] from {ocountry}((, [with|and] [charities|aid groups] [ready|poised|preparing] to [send|ship|fly in] {supply}))."#,
        ],
        (Disruption, Tab) => &[
            r#"[{closure} and {closure2}|both {closure2} and {closure}|{closure} plus {closure2}] [were shut|were closed off|were sealed off|stayed shut]((, [causing|bringing|sparking] [gridlock|traffic chaos|travel misery] [in|across|around] {city}))."#,
            r#"[chaos|gridlock|travel misery] [hit|gripped|spread across] {city} [with|as|after] [{closure2} and {closure}|{closure} along with {closure2}] [shut|closed|sealed off|out of action]."#,
        ],
        (Outlook, Tab) => &[
            r#"[forecasters|weather experts|meteorologists] [predict|expect|see] {outlook} [over the next few days|by {nextday}|later this week]((, [threatening to|which may|likely to] [hamper|slow|hinder] [the rescue|relief work|aid efforts] in {city}))."#,
            r#"[to make matters worse|worse still|adding to the misery], {outlook} [is forecast|is expected|is on the cards] [by {nextday}|within days|soon]((, [threatening|hampering|putting at risk] [the rescue|relief efforts|aid deliveries]))."#,
        ],
        (Mourning, Tab) => &[
            r#"{mplace} [hosted|saw|held] the first [funerals|burials] on {nextday}((, [with crowds turning out|as hundreds paid their respects|drawing grieving crowds]))."#,
            r#"[grieving|weeping|heartbroken] [families|relatives|mourners] [buried|laid to rest|said farewell to] [their dead|the first victims|loved ones] [at|in] {mplace} on {nextday}."#,
        ],
        (Footage, Tab) => &[
            r#"[shocking|horrifying|dramatic] [footage|video|clips] [on social media|online|shared online] [captured|seemed to capture|showed] {scene2} [and|as well as|plus|alongside] {scene1}."#,
            r#"{scene1} [and|as well as|plus] {scene2} [could be seen|were visible|featured] in [shocking|dramatic|harrowing] [clips|videos|footage] [online|on social media]((, [though|but] [none|not all] [could be verified|has been checked]))."#,
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
        Style::Para | Style::Own | Style::Tab => &[
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
        Style::Para | Style::Own | Style::Tab => &["{CITY} —", "{city}:"],
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
