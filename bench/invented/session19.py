"""Session 19's invented articles, written by two helper sessions from one brief, at the start
of the session, before any of its rules: they had not seen the rules' code or their output,
and the engineer who wrote the rules never read them, only their total scores.
`HELD_OUT_WHILE_WRITING` (inv-57 … inv-68) served as session 19's held-out check while its
rules were written; `HELD_OUT_LAST` (inv-69 … inv-80) was scored once, at the session's end.
Same format as `make_gold.ARTICLES`; a quote may carry a third item, the speakers it accepts.
"""

# fmt: off
HELD_OUT_WHILE_WRITING: dict[str, tuple] = {

"inv-57-tasmania-hung-parliament": (
"Tasmania heads for hung parliament as Dearne falls short", "2019-03-17",
"""Tasmania's Island Coalition appears set to fall one seat short of a majority in the House of Assembly, leaving Premier Rosalind Dearne facing days of talks with the crossbench before she can form a government.

With about 84 per cent of the vote counted on Sunday afternoon, the coalition was ahead in 12 of the 25 seats and the People's Democratic Alliance in nine. The small Coast and Country party was on track for three, with one seat in the north-west still too close to call.

Ms Dearne told supporters in Launceston late on Saturday night that voters had "given us the job of leading this state, and we intend to do it". She stopped short of claiming victory.

The opposition leader, Hamish Ouseley, conceded the PDA could not govern in its own right, but called the result "a clear rejection of five years of drift". His party won ten seats at the 2014 election.

Attention has now turned to Coast and Country leader Bernadette Vayle, whose party more than doubled its vote across the state's rural north.

"We are not going to be rushed by anybody," Ms Vayle told reporters in Burnie. "Whoever wants our support will have to talk about hospitals and roads in the north-west first."

Election analyst Colm Treacy said the arithmetic left the Premier with little room to move. "If that last seat goes the coalition's way, she needs one friend," he said. "If it doesn't, she needs three, and they don't all like each other."

The Tasmanian Electoral Commission will resume counting on Monday. Postal votes that arrive by March 26 will be included in the final tally, and Mr Ouseley said he would not rule out talks with Ms Vayle "once every vote is in".""",
[
 ("Tasmania", "GPE", ["Tasmania"]),
 ("Island Coalition", "ORG", ["Island Coalition"]),
 ("House of Assembly", "ORG", ["House of Assembly"]),
 ("Rosalind Dearne", "PERSON", ["Rosalind Dearne", "Dearne"]),
 ("People's Democratic Alliance", "ORG", ["People's Democratic Alliance", "PDA"]),
 ("Coast and Country", "ORG", ["Coast and Country"]),
 ("Launceston", "GPE", ["Launceston"]),
 ("Hamish Ouseley", "PERSON", ["Hamish Ouseley", "Ouseley"]),
 ("Bernadette Vayle", "PERSON", ["Bernadette Vayle", "Vayle"]),
 ("Burnie", "GPE", ["Burnie"]),
 ("Colm Treacy", "PERSON", ["Colm Treacy"]),
 ("Tasmanian Electoral Commission", "ORG", ["Tasmanian Electoral Commission"]),
],
[
 ("given us the job of leading", "Rosalind Dearne"),
 ("a clear rejection of five years", "Hamish Ouseley"),
 ("We are not going to be rushed", "Bernadette Vayle"),
 ("Whoever wants our support will have", "Bernadette Vayle"),
 ("If that last seat goes the", "Colm Treacy"),
 ("If it doesn't, she needs three", "Colm Treacy"),
 ("once every vote is in", "Hamish Ouseley"),
],
[
 ("Sunday", "vote counted on Sunday afternoon", "2019-03-17"),
 ("Saturday", "late on Saturday night", "2019-03-16"),
 ("2014", "at the 2014 election", "2014"),
 ("Monday", "resume counting on Monday", "2019-03-18"),
 ("March 26", "arrive by March 26 will", "2019-03-26"),
]),

"inv-58-hospital-waiting-times": (
"Watchdog criticises surgery waits at Hallowfield hospitals", "2016-11-23",
"""Patients at one of the busiest hospital trusts in the North West are waiting far longer than they should for planned operations, the health regulator has said.

A report published today by the Care Quality Commission found that almost a third of patients at Hallowfield Teaching Hospitals NHS Trust had waited more than 18 weeks for treatment in September, against a national standard of eight per cent.

Inspectors visited the trust's hospitals in Warrington and Widnes over four days in July and rated its surgical services as requiring improvement, a downgrade from the 'good' rating it received in 2014.

Professor Anjali Marwood, the CQC's deputy chief inspector of hospitals, said the problems were not the fault of frontline staff. 'Nurses and surgeons are working extremely hard, but the system around them is not working for patients,' she said. 'Too many people are being told to wait with no idea of when they will be seen.'

She said the trust had 'some way to go before patients can have confidence in it' and that inspectors would return early next year.

In a statement, Hallowfield said it accepted the findings in full. 'We are sorry that some patients have waited longer than they should,' the statement said. 'Since the inspection we have opened two additional operating theatres, and we expect the waiting list to fall by the end of March.'

The trust's chief executive, Derek Ansty, who took up the post last year, told the board on Monday that recruiting anaesthetists remained 'the single biggest pressure we face'.

Margaret Tully, of the patients' group Speak Up Warrington, said families had been left in limbo. 'My husband waited eleven months for a new hip, and in all that time nobody could tell us anything,' she said.

NHS England said it was working closely with the trust and would provide additional support.""",
[
 ("North West", "LOC", ["North West"]),
 ("Care Quality Commission", "ORG", ["Care Quality Commission", "CQC"]),
 ("Hallowfield Teaching Hospitals NHS Trust", "ORG", ["Hallowfield Teaching Hospitals NHS Trust", "Hallowfield"]),
 ("Warrington", "GPE", ["Warrington"]),
 ("Widnes", "GPE", ["Widnes"]),
 ("Anjali Marwood", "PERSON", ["Anjali Marwood"]),
 ("Derek Ansty", "PERSON", ["Derek Ansty"]),
 ("Margaret Tully", "PERSON", ["Margaret Tully"]),
 ("Speak Up Warrington", "ORG", ["Speak Up Warrington"]),
 ("NHS England", "ORG", ["NHS England"]),
],
[
 ("Nurses and surgeons are working extremely", "Anjali Marwood"),
 ("Too many people are being told", "Anjali Marwood"),
 ("some way to go before patients", "Anjali Marwood"),
 ("We are sorry that some patients", "Hallowfield Teaching Hospitals NHS Trust"),
 ("Since the inspection we have opened", "Hallowfield Teaching Hospitals NHS Trust"),
 ("the single biggest pressure we face", "Derek Ansty"),
 ("My husband waited eleven months for", "Margaret Tully"),
],
[
 ("today", "A report published today by", "2016-11-23"),
 ("September", "for treatment in September", "2016-09"),
 ("July", "over four days in July", "2016-07"),
 ("2014", "it received in 2014", "2014"),
 ("early next year", "would return early next year", "2017"),
 ("the end of March", "to fall by the end of March", "2017-03"),
 ("last year", "took up the post last year", "2015"),
 ("Monday", "told the board on Monday", "2016-11-21"),
]),

"inv-59-ferry-grounding-mull": (
"Ferry runs aground off Mull, inquiry ordered", "2012-08-14",
"""OBAN, Scotland, Aug. 14 — A passenger ferry struck a submerged rock off the Isle of Mull on Monday evening, injuring 11 people and forcing the evacuation of more than 200 passengers, and ministers said on Tuesday there would be an independent inquiry.

The MV Sorrel Bay, operated by Marrick Ferries, was carrying 214 passengers and 19 crew from Oban to Craignure when it ran aground in calm weather shortly after 7 p.m., the Maritime and Coastguard Agency said.

Lifeboats from Oban and Tobermory and a coastguard helicopter took passengers off the listing vessel over three hours. Eleven people were taken to hospital in Oban, two with serious injuries, Strathclyde Police said.

"It was like hitting a wall. People were thrown out of their seats and the lights went out," said passenger Fiona Galbraith, 46, from Glasgow, who was travelling with her two children.

Alasdair Rennick, Scotland's transport minister, said the inquiry would be led by a senior judge and would report within a year. "Families deserve to know exactly how a modern ferry came to hit a charted rock on a summer evening," he told reporters in Edinburgh.

The Marine Accident Investigation Branch, which has sent inspectors to Oban, said it had recovered the ship's voyage data recorder.

Marrick said in a statement that it was cooperating fully and had suspended the Craignure route until further notice. "Our thoughts are with everyone who was on board last night, and with their families," the company said.

The vessel, built in 2003, passed its most recent safety inspection in April, according to the operator. It was the second accident on the route since 2009, when a smaller Marrick ship struck the pier at Craignure.""",
[
 ("Oban", "GPE", ["Oban"]),
 ("Scotland", "GPE", ["Scotland"]),
 ("Isle of Mull", "LOC", ["Isle of Mull"]),
 ("Marrick Ferries", "ORG", ["Marrick Ferries", "Marrick"]),
 ("Craignure", "GPE", ["Craignure"]),
 ("Maritime and Coastguard Agency", "ORG", ["Maritime and Coastguard Agency"]),
 ("Tobermory", "GPE", ["Tobermory"]),
 ("Strathclyde Police", "ORG", ["Strathclyde Police"]),
 ("Fiona Galbraith", "PERSON", ["Fiona Galbraith"]),
 ("Glasgow", "GPE", ["Glasgow"]),
 ("Alasdair Rennick", "PERSON", ["Alasdair Rennick"]),
 ("Edinburgh", "GPE", ["Edinburgh"]),
 ("Marine Accident Investigation Branch", "ORG", ["Marine Accident Investigation Branch"]),
],
[
 ("It was like hitting a wall", "Fiona Galbraith"),
 ("Families deserve to know exactly how", "Alasdair Rennick"),
 ("Our thoughts are with everyone who", "Marrick Ferries"),
],
[
 ("Aug. 14", "Scotland, Aug. 14", "2012-08-14"),
 ("Monday", "Isle of Mull on Monday evening", "2012-08-13"),
 ("Tuesday", "ministers said on Tuesday", "2012-08-14"),
 ("last night", "on board last night", "2012-08-13"),
 ("2003", "built in 2003", "2003"),
 ("April", "safety inspection in April", "2012-04"),
 ("2009", "on the route since 2009", "2009"),
]),

"inv-60-brantwell-earnings": (
"Brantwell shares slide as chip-equipment orders stall", "2023-07-27",
"""Shares of Brantwell Instruments Inc. fell 9 percent in early trading on Thursday after the Austin, Texas-based maker of semiconductor testing equipment reported a sharp drop in new orders and cut its full-year outlook.

The company said revenue for the second quarter, which ended June 30, was $412 million, down 14 percent. Net income fell to $38.5 million, or 61 cents a share, from $71 million in the second quarter of 2022.

"Customers are still digesting the capacity they bought in 2021 and 2022, and they are being very cautious about what comes next," Chief Executive Lorna Beckwith-Tate said on a call with analysts. "We don't see a recovery in orders before the first quarter of next year."

Beckwith-Tate said export restrictions on equipment sold to China, which came into force in October, had cost Brantwell about $30 million in sales during the quarter. The company has raised the issue with the Commerce Department, she said.

Priyanka Oduya, an analyst at Marlowe Stennet Securities, said the guidance was weaker than she had expected. "The order book is the number that matters here, and it fell off a cliff," she said.

Oduya, who rates the stock "hold," said Brantwell still had one of the strongest balance sheets in the sector and could use the downturn to buy smaller rivals.

The company now expects full-year revenue of $1.55 billion to $1.6 billion, down from a forecast of up to $1.8 billion it gave in April.

Brantwell also said it would cut about 6 percent of its workforce, or roughly 350 jobs, mostly at its plant in Penang, Malaysia, by the end of September. Its shares had risen 22 percent this year before Thursday's report.""",
[
 ("Brantwell Instruments Inc.", "ORG", ["Brantwell Instruments Inc.", "Brantwell"]),
 ("Austin", "GPE", ["Austin"]),
 ("Texas", "GPE", ["Texas"]),
 ("Lorna Beckwith-Tate", "PERSON", ["Lorna Beckwith-Tate", "Beckwith-Tate"]),
 ("China", "GPE", ["China"]),
 ("Commerce Department", "ORG", ["Commerce Department"]),
 ("Priyanka Oduya", "PERSON", ["Priyanka Oduya", "Oduya"]),
 ("Marlowe Stennet Securities", "ORG", ["Marlowe Stennet Securities"]),
 ("Penang", "GPE", ["Penang"]),
 ("Malaysia", "GPE", ["Malaysia"]),
],
[
 ("Customers are still digesting the capacity", "Lorna Beckwith-Tate"),
 ("We don't see a recovery in", "Lorna Beckwith-Tate"),
 ("The order book is the number", "Priyanka Oduya"),
],
[
 ("Thursday", "early trading on Thursday", "2023-07-27"),
 ("June 30", "which ended June 30", "2023-06-30"),
 ("2022", "second quarter of 2022", "2022"),
 ("2021", "they bought in 2021 and 2022", "2021"),
 ("2022", "in 2021 and 2022, and they", "2022"),
 ("next year", "first quarter of next year", "2024"),
 ("October", "came into force in October", "2022-10"),
 ("April", "it gave in April", "2023-04"),
 ("the end of September", "by the end of September", "2023-09"),
 ("this year", "risen 22 percent this year", "2023"),
 ("Thursday", "before Thursday's report", "2023-07-27"),
]),

"inv-61-kamloops-wildfire": (
"Thousands ordered out as wildfire jumps highway near Kamloops", "2021-08-12",
"""About 4,000 people were ordered to leave their homes north of Kamloops overnight after a wind-driven wildfire jumped Highway 5 and pushed towards the community of Barriere, officials in British Columbia said on Thursday.

The fire, first reported on Monday afternoon, had grown to about 9,800 hectares by Thursday morning, according to the BC Wildfire Service. Crews were forced to pull back from its eastern flank late on Wednesday as gusts reached 60 kilometres an hour.

"This is a fire that is making its own weather right now," said Karin Holmqvist, a fire information officer with the service. "We've had crews on the ground since day one, but conditions overnight simply did not allow us to hold that line."

Dale Fenwick, who chairs the Thompson-Nicola Regional District, said the evacuation order had gone out "with very little warning, because that is all the fire gave us". He urged residents under an evacuation alert in neighbouring areas to be ready to leave at short notice.

At a reception centre in Kamloops, evacuees described leaving in the dark. Nadia Poirier, 58, said she had grabbed her dog, her medication and a box of photographs. "You could see the glow over the ridge from our kitchen window," she said. "My husband went back for the truck and I didn't breathe until he was out."

Another evacuee, rancher Gordon Kiesel, had moved about 40 head of cattle to a neighbour's property on Tuesday. "We've lived with fire every summer since 2017, but nothing like this," he said.

Colleen Abernethy, the province's minister responsible for emergency management, said British Columbia had asked the Canadian Armed Forces for help, and that more than 300 firefighters from Ontario and Quebec were expected to arrive by Saturday.

Environment Canada said no significant rain was expected in the region before August 20.""",
[
 ("Kamloops", "GPE", ["Kamloops"]),
 ("Highway 5", "LOC", ["Highway 5"]),
 ("Barriere", "GPE", ["Barriere"]),
 ("British Columbia", "GPE", ["British Columbia"]),
 ("BC Wildfire Service", "ORG", ["BC Wildfire Service"]),
 ("Karin Holmqvist", "PERSON", ["Karin Holmqvist"]),
 ("Dale Fenwick", "PERSON", ["Dale Fenwick"]),
 ("Thompson-Nicola Regional District", "GPE", ["Thompson-Nicola Regional District"]),
 ("Nadia Poirier", "PERSON", ["Nadia Poirier"]),
 ("Gordon Kiesel", "PERSON", ["Gordon Kiesel"]),
 ("Colleen Abernethy", "PERSON", ["Colleen Abernethy"]),
 ("Canadian Armed Forces", "ORG", ["Canadian Armed Forces"]),
 ("Ontario", "GPE", ["Ontario"]),
 ("Quebec", "GPE", ["Quebec"]),
 ("Environment Canada", "ORG", ["Environment Canada"]),
],
[
 ("This is a fire that is", "Karin Holmqvist"),
 ("We've had crews on the ground", "Karin Holmqvist"),
 ("with very little warning, because that", "Dale Fenwick"),
 ("You could see the glow over", "Nadia Poirier"),
 ("My husband went back for the", "Nadia Poirier"),
 ("We've lived with fire every summer", "Gordon Kiesel"),
],
[
 ("Thursday", "British Columbia said on Thursday", "2021-08-12"),
 ("Monday", "first reported on Monday afternoon", "2021-08-09"),
 ("Thursday", "by Thursday morning", "2021-08-12"),
 ("Wednesday", "late on Wednesday as gusts", "2021-08-11"),
 ("Tuesday", "neighbour's property on Tuesday", "2021-08-10"),
 ("2017", "every summer since 2017", "2017"),
 ("Saturday", "expected to arrive by Saturday", "2021-08-14"),
 ("August 20", "before August 20", "2021-08-20"),
]),

"inv-62-kenya-uganda-milk": (
"Kenya and Uganda trade accusations as milk dispute escalates", "2017-02-09",
"""Kenya and Uganda traded sharp words on Thursday over Nairobi's decision to block imports of Ugandan milk powder, as the dispute between the two neighbours threatened to spread to sugar and maize.

Kenya's trade minister, Esther Mureithi, told lawmakers that the ban, which took effect on February 1, was needed to protect local farmers from "a flood of cheap, re-exported powder that is not Ugandan at all".

"We have evidence that milk powder from outside the region is being repackaged in Kampala and sent across the border duty-free," she said. "That is not trade. That is smuggling with paperwork."

Uganda's trade minister, Amos Nsubuga-Kato, dismissed the claim as baseless and accused Nairobi of breaking the rules of the East African Community's customs union.

"Kenya signed the same treaty that we signed. It cannot choose which parts to obey," Nsubuga-Kato told reporters on Wednesday. He said Uganda would lodge a formal complaint with the EAC secretariat in Arusha by the end of the month.

Uganda sold about $60 million worth of dairy products to Kenya in 2016, according to the Uganda Bureau of Statistics.

Farmers in the west of the country say prices at collection centres have already fallen. "Milk that fetched 900 shillings a litre in January is now going for 600," said Rose Kabahweza, who chairs a cooperative of 400 farmers near Mbarara. "If this lasts until April, some of us will have to sell our cows."

It is not the first time the neighbours have clashed over trade. Kenya briefly restricted Ugandan sugar in 2012 before the EAC brokered a deal.""",
[
 ("Kenya", "GPE", ["Kenya"]),
 ("Uganda", "GPE", ["Uganda"]),
 ("Nairobi", "GPE", ["Nairobi"]),
 ("Esther Mureithi", "PERSON", ["Esther Mureithi"]),
 ("Kampala", "GPE", ["Kampala"]),
 ("Amos Nsubuga-Kato", "PERSON", ["Amos Nsubuga-Kato", "Nsubuga-Kato"]),
 ("East African Community", "ORG", ["East African Community", "EAC"]),
 ("Arusha", "GPE", ["Arusha"]),
 ("Uganda Bureau of Statistics", "ORG", ["Uganda Bureau of Statistics"]),
 ("Rose Kabahweza", "PERSON", ["Rose Kabahweza"]),
 ("Mbarara", "GPE", ["Mbarara"]),
],
[
 ("a flood of cheap, re-exported powder", "Esther Mureithi"),
 ("We have evidence that milk powder", "Esther Mureithi"),
 ("That is not trade. That is", "Esther Mureithi"),
 ("Kenya signed the same treaty that", "Amos Nsubuga-Kato"),
 ("Milk that fetched 900 shillings a", "Rose Kabahweza"),
 ("If this lasts until April, some", "Rose Kabahweza"),
],
[
 ("Thursday", "traded sharp words on Thursday", "2017-02-09"),
 ("February 1", "took effect on February 1", "2017-02-01"),
 ("Wednesday", "told reporters on Wednesday", "2017-02-08"),
 ("the end of the month", "by the end of the month", "2017-02"),
 ("2016", "to Kenya in 2016", "2016"),
 ("January", "a litre in January", "2017-01"),
 ("April", "If this lasts until April", "2017-04"),
 ("2012", "Ugandan sugar in 2012", "2012"),
]),

"inv-63-warrington-inquest": (
"Pensioner's death after fall 'contributed to by ambulance delay', coroner rules", "2018-03-08",
"""A grandmother who lay on her kitchen floor for almost six hours waiting for an ambulance died partly because of the delay, a coroner has ruled.

Doreen Whitcombe, 83, of Warrington, fell at home on the evening of December 14 last year and broke her hip, an inquest in the town heard on Tuesday.

Her daughter, Joanne Pritchard, told the hearing she had phoned 999 three times. "Every time they said someone was on the way. Mum kept apologising for being a nuisance," Mrs Pritchard said.

An ambulance reached the house at 1.40am on December 15. Mrs Whitcombe underwent surgery on her hip but developed pneumonia and died on January 3.

Gavin Tierney, a sector manager for the North West Ambulance Service, said that night had been one of the busiest of the winter, with 27 crews queuing outside hospitals in the region to hand over patients. "We simply did not have a vehicle to send," he told the court.

Dr Meera Castellino, a consultant geriatrician at Hallowfield Teaching Hospitals NHS Trust, said the long lie on the floor had left Mrs Whitcombe dehydrated and had "significantly reduced her chances of a good recovery".

The court heard that the trust, which was criticised by the Care Quality Commission in November 2016 over waiting times, had since opened an extra ward for frail elderly patients.

Recording a narrative conclusion, assistant coroner Helen Brierley-Shaw said: "Mrs Whitcombe's death was more than minimally contributed to by the delay in an ambulance reaching her." She said she would write to NHS England about ambulance handover times.

In a statement after the hearing, Hallowfield said: "We offer our sincere condolences to Mrs Whitcombe's family and will study the coroner's findings carefully.\"""",
[
 ("Doreen Whitcombe", "PERSON", ["Doreen Whitcombe", "Whitcombe"]),
 ("Warrington", "GPE", ["Warrington"]),
 ("Joanne Pritchard", "PERSON", ["Joanne Pritchard", "Pritchard"]),
 ("North West Ambulance Service", "ORG", ["North West Ambulance Service"]),
 ("Gavin Tierney", "PERSON", ["Gavin Tierney"]),
 ("Meera Castellino", "PERSON", ["Meera Castellino"]),
 ("Hallowfield Teaching Hospitals NHS Trust", "ORG", ["Hallowfield Teaching Hospitals NHS Trust", "Hallowfield"]),
 ("Care Quality Commission", "ORG", ["Care Quality Commission"]),
 ("Helen Brierley-Shaw", "PERSON", ["Helen Brierley-Shaw"]),
 ("NHS England", "ORG", ["NHS England"]),
],
[
 ("Every time they said someone was", "Joanne Pritchard"),
 ("We simply did not have a", "Gavin Tierney"),
 ("significantly reduced her chances of a", "Meera Castellino"),
 ("Mrs Whitcombe's death was more than", "Helen Brierley-Shaw"),
 ("We offer our sincere condolences to", "Hallowfield Teaching Hospitals NHS Trust"),
],
[
 ("December 14 last year", "evening of December 14 last year", "2017-12-14"),
 ("Tuesday", "heard on Tuesday", "2018-03-06"),
 ("December 15", "1.40am on December 15", "2017-12-15"),
 ("January 3", "died on January 3", "2018-01-03"),
 ("November 2016", "Commission in November 2016", "2016-11"),
]),

"inv-64-colchicine-heart-study": (
"Cheap gout drug may cut repeat heart attacks, study finds", "2014-05-29",
"""A decades-old gout medicine taken at a low daily dose cut the risk of a second heart attack or stroke by almost a quarter, according to a study published Wednesday by researchers at Ardenmoor University in Cleveland.

The trial followed 2,140 patients in the United States and Canada for an average of 26 months after they left the hospital following a heart attack. Half took 0.5 milligrams of colchicine a day; the rest took a placebo.

"We were surprised by how consistent the effect was across every group we looked at — older, younger, men, women, diabetic or not," said Dr. Julian Ferraby, a cardiologist and the study's lead author.

The benefit appeared within three months, Ferraby said, and was largest among patients who started the drug within a week of their heart attack. He cautioned that the results needed to be confirmed in a larger trial, which the team hopes to begin in January.

The study was funded by the National Institutes of Health and did not involve any drug company, the authors said. About 10 percent of patients on colchicine reported stomach upset, compared with 6 percent on the placebo.

Dr. Abigail Norcross, a cardiologist at Mount Halden Medical Center in Denver who was not involved in the research, called the findings "genuinely encouraging for patients" but warned against reading too much into a single trial.

"Colchicine is cheap and we know a lot about it, which is exactly why people will be tempted to start prescribing it straight away," she said. "I'd like to see the bigger study first."

A smaller trial in Australia in 2012 had hinted at a similar effect, but it was not designed to measure strokes.""",
[
 ("Ardenmoor University", "ORG", ["Ardenmoor University"]),
 ("Cleveland", "GPE", ["Cleveland"]),
 ("United States", "GPE", ["United States"]),
 ("Canada", "GPE", ["Canada"]),
 ("Julian Ferraby", "PERSON", ["Julian Ferraby", "Ferraby"]),
 ("National Institutes of Health", "ORG", ["National Institutes of Health"]),
 ("Abigail Norcross", "PERSON", ["Abigail Norcross"]),
 ("Mount Halden Medical Center", "ORG", ["Mount Halden Medical Center"]),
 ("Denver", "GPE", ["Denver"]),
 ("Australia", "GPE", ["Australia"]),
],
[
 ("We were surprised by how consistent", "Julian Ferraby"),
 ("genuinely encouraging for patients", "Abigail Norcross"),
 ("Colchicine is cheap and we know", "Abigail Norcross"),
 ("I'd like to see the bigger", "Abigail Norcross"),
],
[
 ("Wednesday", "study published Wednesday", "2014-05-28"),
 ("January", "hopes to begin in January", "2015-01"),
 ("2012", "in Australia in 2012", "2012"),
]),

"inv-65-westvale-rugby": (
"Late Quayle try keeps Westvale's title hopes alive", "2022-04-10",
"""Replacement wing Ollie Quayle scored in the final minute as Westvale Harriers came from 17 points down to beat Ravensmoor RFC 27-24 at Copse Lane on Saturday.

Ravensmoor, who had not lost away from home since September, led 24-7 early in the second half after tries from hooker Reuben Ashdown and flanker Mikael Strand.

"At half-time I was trying to find the right words and I'm not sure I found them," said Westvale head coach Gareth Pennock. "The players found them for me."

Fly-half Ieuan Prothero kicked four penalties and converted a try by captain Sam Okafor-Bright to close the gap to three points with six minutes left. Prothero then found touch deep in Ravensmoor territory, and from the lineout the ball was spread wide for Quayle to dive in at the corner.

Quayle, 20, who was making only his third appearance since stepping up from the academy in January, said afterwards that he had "just run where Ieuan told me to run".

Ravensmoor director of rugby Fran Delaney said his side had "stopped doing the things that got us the lead" once they went 17 points clear.

"We'll look at it honestly on Monday. That's all you can do," he said. "Nobody in that dressing room needs me to tell them how that feels."

The win lifts Westvale to within two points of the top of the table with three rounds remaining. They host bottom side Ellerby RFC on April 23.""",
[
 ("Ollie Quayle", "PERSON", ["Ollie Quayle", "Quayle"]),
 ("Westvale Harriers", "ORG", ["Westvale Harriers", "Westvale"]),
 ("Ravensmoor RFC", "ORG", ["Ravensmoor RFC", "Ravensmoor"]),
 ("Copse Lane", "LOC", ["Copse Lane"]),
 ("Reuben Ashdown", "PERSON", ["Reuben Ashdown"]),
 ("Mikael Strand", "PERSON", ["Mikael Strand"]),
 ("Gareth Pennock", "PERSON", ["Gareth Pennock"]),
 ("Ieuan Prothero", "PERSON", ["Ieuan Prothero", "Prothero", "Ieuan"]),
 ("Sam Okafor-Bright", "PERSON", ["Sam Okafor-Bright"]),
 ("Fran Delaney", "PERSON", ["Fran Delaney"]),
 ("Ellerby RFC", "ORG", ["Ellerby RFC"]),
],
[
 ("At half-time I was trying to", "Gareth Pennock"),
 ("The players found them for me", "Gareth Pennock"),
 ("just run where Ieuan told me", "Ollie Quayle"),
 ("stopped doing the things that got", "Fran Delaney"),
 ("We'll look at it honestly on", "Fran Delaney"),
 ("Nobody in that dressing room needs", "Fran Delaney"),
],
[
 ("Saturday", "at Copse Lane on Saturday", "2022-04-09"),
 ("September", "away from home since September", "2021-09"),
 ("January", "from the academy in January", "2022-01"),
 ("Monday", "look at it honestly on Monday", "2022-04-11"),
 ("April 23", "Ellerby RFC on April 23", "2022-04-23"),
]),

"inv-66-fernhollow-data-fine": (
"Irish regulator fines Fernhollow €41m over health data breach", "2024-01-30",
"""Ireland's Data Protection Commission has fined Fernhollow Technologies €41 million after finding that the fitness-tracking company failed to protect the health data of about 3.2 million users.

In a decision published on Tuesday, the DPC said attackers had used a stolen employee password to reach a customer database between March and June 2022, and that Fernhollow had not told users about the breach until August that year.

"Health information is among the most sensitive data a person can share, and it demands the highest level of protection," Deputy Commissioner Niamh Halloran said in a statement. "Basic safeguards, including multi-factor authentication, were simply not in place."

The penalty is one of the largest the regulator has imposed on a company outside the big social media platforms. Fernhollow, which is based in Dublin and employs about 900 people, has also been ordered to bring its data handling into line with European Union rules within three months.

Fernhollow said it would appeal. "We disagree with the size of the fine and with several of the Commission's findings, and we will be challenging the decision in the High Court," a company spokeswoman said.

In an email to staff on Monday, chief executive Aoife Brannigan said the company had "spent the last 18 months rebuilding our security from the ground up", according to a copy seen by this newspaper.

Priyanka Oduya, who covers the company for Marlowe Stennet, said the fine itself was manageable for a business with annual revenue of more than €600 million. "The money is not the story. The story is whether subscribers trust them with their heart-rate data after this," Oduya said.

Fernhollow shares, listed in New York since 2021, fell 4 per cent in early trading.""",
[
 ("Ireland", "GPE", ["Ireland"]),
 ("Data Protection Commission", "ORG", ["Data Protection Commission", "DPC", "Commission"]),
 ("Fernhollow Technologies", "ORG", ["Fernhollow Technologies", "Fernhollow"]),
 ("Niamh Halloran", "PERSON", ["Niamh Halloran"]),
 ("Dublin", "GPE", ["Dublin"]),
 ("European Union", "ORG", ["European Union"]),
 ("High Court", "ORG", ["High Court"]),
 ("Aoife Brannigan", "PERSON", ["Aoife Brannigan"]),
 ("Priyanka Oduya", "PERSON", ["Priyanka Oduya", "Oduya"]),
 ("Marlowe Stennet Securities", "ORG", ["Marlowe Stennet"]),
 ("New York", "GPE", ["New York"]),
],
[
 ("Health information is among the most", "Niamh Halloran"),
 ("Basic safeguards, including multi-factor authentication", "Niamh Halloran"),
 ("We disagree with the size of", "Fernhollow Technologies"),
 ("spent the last 18 months rebuilding", "Aoife Brannigan"),
 ("The money is not the story", "Priyanka Oduya"),
],
[
 ("Tuesday", "published on Tuesday", "2024-01-30"),
 ("March", "between March and June 2022", "2022-03"),
 ("June 2022", "between March and June 2022", "2022-06"),
 ("August", "until August that year", "2022-08"),
 ("Monday", "staff on Monday", "2024-01-29"),
 ("2021", "in New York since 2021", "2021"),
]),

"inv-67-belfast-dock-strike": (
"Belfast dock workers walk out as pay talks set for Monday", "2010-10-21",
"""About 380 dock workers at Belfast Harbour walked out at 6am today in a dispute over pay and shift patterns, halting container handling at the port's main terminal.

The workers, members of the Northern Dockers' Union (NDU), are employed by Quayline Terminals Ltd, which runs the terminal under a contract with the harbour authority.

"Our members have had one pay rise in four years while the company has posted record profits," said NDU regional organiser Siobhan Carrick on the picket line. "Nobody stands out in the rain for the fun of it."

The union is seeking a 6 per cent rise backdated to April. Quayline has offered 2.5 per cent this year and a further 2 per cent in 2011, tied to changes in shift rotas.

Quayline's managing director, Roger Feeney, said the offer was "fair and affordable in a very difficult market" and pointed out that the company had not made a single compulsory redundancy during the recession.

"We want this resolved as quickly as anyone," he said. "But we cannot sign up to something that puts the terminal's future at risk."

Both sides have agreed to meet at the offices of the Labour Relations Agency on Monday.

Passenger sailings were not affected, but Marrick Ferries Ltd said its freight crossings to Cairnryan were running up to four hours late because trailers could not be loaded. "We are advising hauliers to expect delays until at least Saturday," the operator said.

The last strike at the port, in March 2007, lasted nine days.""",
[
 ("Belfast Harbour", "LOC", ["Belfast Harbour"]),
 ("Northern Dockers' Union", "ORG", ["Northern Dockers' Union", "NDU"]),
 ("Quayline Terminals Ltd", "ORG", ["Quayline Terminals Ltd", "Quayline"]),
 ("Siobhan Carrick", "PERSON", ["Siobhan Carrick"]),
 ("Roger Feeney", "PERSON", ["Roger Feeney"]),
 ("Labour Relations Agency", "ORG", ["Labour Relations Agency"]),
 ("Marrick Ferries", "ORG", ["Marrick Ferries Ltd"]),
 ("Cairnryan", "GPE", ["Cairnryan"]),
],
[
 ("Our members have had one pay", "Siobhan Carrick"),
 ("Nobody stands out in the rain", "Siobhan Carrick"),
 ("fair and affordable in a very", "Roger Feeney"),
 ("We want this resolved as quickly", "Roger Feeney"),
 ("But we cannot sign up to", "Roger Feeney"),
 ("We are advising hauliers to expect", "Marrick Ferries"),
],
[
 ("today", "at 6am today", "2010-10-21"),
 ("April", "backdated to April", "2010-04"),
 ("this year", "2.5 per cent this year", "2010"),
 ("2011", "2 per cent in 2011", "2011"),
 ("Monday", "Labour Relations Agency on Monday", "2010-10-25"),
 ("Saturday", "until at least Saturday", "2010-10-23"),
 ("March 2007", "in March 2007", "2007-03"),
]),

"inv-68-falconbridge-obituary": (
"Edwin Falconbridge, novelist of the Fens, dies aged 81", "2015-06-18",
"""Edwin Falconbridge, whose novels about farming families in the Fens won him a devoted readership and a string of literary prizes, has died at his home in Ely. He was 81.

His publisher, Larkspur & Quill, said he died on Tuesday after a short illness.

Born in King's Lynn in 1934, Falconbridge left school at 15 to work on his uncle's farm near Wisbech, an experience that shaped his first novel, The Drowned Acre, published in 1968. He wrote eleven more, the best known of which, Harvest of Herons, was adapted for television by the BBC in 1991.

The novelist Grace Amberley, a friend for four decades, said: "Edwin wrote about people who are almost never written about, and he wrote about them without a trace of condescension. He heard exactly how they talked."

His editor at Larkspur & Quill, Tobias Wren, said Falconbridge had delivered the manuscript of a final novel in March. "It is, I think, among the best things he wrote," Wren said. "We will publish it next year, as he wanted."

The East Anglian Writers' Guild said he had been "a generous and unfussy mentor to two generations of writers", many of whom he taught at evening classes in Cambridge.

He married Ruth Penhale, a schoolteacher, in 1962; she died in 2009. He is survived by their two sons and a daughter.

A book of condolence will be opened at Ely Cathedral on Saturday.""",
[
 ("Edwin Falconbridge", "PERSON", ["Edwin Falconbridge", "Falconbridge", "Edwin"]),
 ("Fens", "LOC", ["Fens"]),
 ("Ely", "GPE", ["Ely"]),
 ("Larkspur & Quill", "ORG", ["Larkspur & Quill"]),
 ("King's Lynn", "GPE", ["King's Lynn"]),
 ("Wisbech", "GPE", ["Wisbech"]),
 ("BBC", "ORG", ["BBC"]),
 ("Grace Amberley", "PERSON", ["Grace Amberley"]),
 ("Tobias Wren", "PERSON", ["Tobias Wren", "Wren"]),
 ("East Anglian Writers' Guild", "ORG", ["East Anglian Writers' Guild"]),
 ("Cambridge", "GPE", ["Cambridge"]),
 ("Ruth Penhale", "PERSON", ["Ruth Penhale"]),
 ("Ely Cathedral", "LOC", ["Ely Cathedral"]),
],
[
 ("Edwin wrote about people who are", "Grace Amberley"),
 ("It is, I think, among the", "Tobias Wren"),
 ("We will publish it next year", "Tobias Wren"),
 ("a generous and unfussy mentor to", "East Anglian Writers' Guild"),
],
[
 ("Tuesday", "died on Tuesday", "2015-06-16"),
 ("1934", "King's Lynn in 1934", "1934"),
 ("1968", "published in 1968", "1968"),
 ("1991", "by the BBC in 1991", "1991"),
 ("March", "a final novel in March", "2015-03"),
 ("next year", "publish it next year", "2016"),
 ("1962", "schoolteacher, in 1962", "1962"),
 ("2009", "she died in 2009", "2009"),
 ("Saturday", "Ely Cathedral on Saturday", "2015-06-20"),
]),

}


HELD_OUT_LAST: dict[str, tuple] = {
    "inv-69-bank-of-canada-hold": (
        "Bank of Canada holds rates steady, opens door to a cut",
        "2019-10-30",
        """OTTAWA, Oct 30 - The Bank of Canada left its key overnight rate unchanged at 1.75% on Wednesday but signalled for the first time that it could cut borrowing costs if the global slowdown deepens, sending the Canadian dollar to a two-week low.

The central bank has held the rate steady since October 2018, after five increases that began in July 2017. Most economists polled ahead of the announcement had expected no change.

"The resilience of Canada's economy will be increasingly tested as trade conflicts and uncertainty persist," the bank said in a statement. It trimmed its growth forecast for next year to 1.7% from 1.8%.

At a news conference, Governor Helene Marchildon said policymakers had discussed whether a pre-emptive cut was warranted. "We considered it, and we decided that the economy is in a good place for now," she said. "But we are watching the data very closely."

Priya Ravensdale, chief economist at Danemoor Securities in Toronto, said the tone was "clearly more dovish than anything we have heard from Ottawa this year." She now expects a quarter-point cut in January.

Others were less sure. Mark Okonedo, a senior economist at Fenwick Hale Bank, said strong hiring in Ontario and Quebec gave the bank room to wait. "They have blinked, but they haven't moved," he said, adding that a cut before March was unlikely.

The Canadian dollar weakened 0.6% after the decision. The bank's next rate announcement is on Dec. 4.""",
        [
            ("Ottawa", "GPE", ["OTTAWA", "Ottawa"]),
            ("Bank of Canada", "ORG", ["Bank of Canada"]),
            ("Canada", "GPE", ["Canada"]),
            ("Helene Marchildon", "PERSON", ["Helene Marchildon"]),
            ("Priya Ravensdale", "PERSON", ["Priya Ravensdale"]),
            ("Danemoor Securities", "ORG", ["Danemoor Securities"]),
            ("Toronto", "GPE", ["Toronto"]),
            ("Mark Okonedo", "PERSON", ["Mark Okonedo"]),
            ("Fenwick Hale Bank", "ORG", ["Fenwick Hale Bank"]),
            ("Ontario", "GPE", ["Ontario"]),
            ("Quebec", "GPE", ["Quebec"]),
        ],
        [
            ("The resilience of Canada's economy will", "Bank of Canada"),
            ("We considered it, and we decided", "Helene Marchildon"),
            ("But we are watching the data", "Helene Marchildon"),
            ("clearly more dovish than anything we", "Priya Ravensdale"),
            ("They have blinked, but they haven't", "Mark Okonedo"),
        ],
        [
            ("Oct 30", "OTTAWA, Oct 30", "2019-10-30"),
            ("Wednesday", "at 1.75% on Wednesday", "2019-10-30"),
            ("October 2018", "steady since October 2018", "2018-10"),
            ("July 2017", "began in July 2017", "2017-07"),
            ("next year", "forecast for next year", "2020"),
            ("this year", "from Ottawa this year", "2019"),
            ("January", "quarter-point cut in January", "2020-01"),
            ("March", "a cut before March", "2020-03"),
            ("Dec. 4", "announcement is on Dec. 4", "2019-12-04"),
        ],
    ),

    "inv-70-store-clerk-murder-verdict": (
        "Dayton man gets life without parole in 2010 killing of store clerk",
        "2012-06-08",
        """DAYTON, Ohio - A Montgomery County jury on Thursday found Dwayne Ostrander guilty of aggravated murder in the 2010 shooting death of a convenience store clerk, and a judge sentenced him hours later to life in prison without the possibility of parole.

Ostrander, 34, showed no reaction as the verdict was read. Jurors had deliberated for about six hours over two days after a trial that began May 29.

Prosecutors said Ostrander walked into the Linden Food Mart on Salem Avenue shortly before midnight on Nov. 14, 2010, demanded cash and shot the clerk, Anil Bhasker, twice in the chest after he had handed over about $240.

"This was an execution over a couple of hundred dollars," Assistant Prosecutor Renata Ducharme told jurors in her closing argument Wednesday. "Mr. Bhasker did everything he was asked to do, and it wasn't enough."

Defense attorney Glenn Sobieski argued that the state's case rested on a grainy surveillance video and a jailhouse informant who had been promised a lighter sentence in exchange for his testimony. Police arrested Ostrander in January 2011, but the case stalled for more than a year after his first lawyer withdrew.

"My client maintains his innocence, and we believe the jury got this wrong," Sobieski said outside the courtroom. He said an appeal would be filed within 30 days.

Before imposing the sentence, Common Pleas Judge Miriam Castellano called the killing "a cruel and senseless act that took a father away from his family for no reason at all."

The victim's daughter, Sunita Bhasker, told the court her father had planned to retire in 2011 and move back to Punjab. "Every morning I still expect him to call," she said. "Now, at least, he has some justice.\"""",
        [
            ("Dayton", "GPE", ["DAYTON"]),
            ("Ohio", "GPE", ["Ohio"]),
            ("Montgomery County", "GPE", ["Montgomery County"]),
            ("Dwayne Ostrander", "PERSON", ["Dwayne Ostrander", "Ostrander"]),
            ("Linden Food Mart", "ORG", ["Linden Food Mart"]),
            ("Salem Avenue", "LOC", ["Salem Avenue"]),
            ("Anil Bhasker", "PERSON", ["Anil Bhasker", "Bhasker"]),
            ("Renata Ducharme", "PERSON", ["Renata Ducharme"]),
            ("Glenn Sobieski", "PERSON", ["Glenn Sobieski", "Sobieski"]),
            ("Miriam Castellano", "PERSON", ["Miriam Castellano"]),
            ("Sunita Bhasker", "PERSON", ["Sunita Bhasker"]),
            ("Punjab", "GPE", ["Punjab"]),
        ],
        [
            ("This was an execution over a", "Renata Ducharme"),
            ("Mr. Bhasker did everything he was", "Renata Ducharme"),
            ("My client maintains his innocence, and", "Glenn Sobieski"),
            ("a cruel and senseless act that", "Miriam Castellano"),
            ("Every morning I still expect him", "Sunita Bhasker"),
            ("Now, at least, he has some", "Sunita Bhasker"),
        ],
        [
            ("Thursday", "jury on Thursday found", "2012-06-07"),
            ("2010", "in the 2010 shooting death", "2010"),
            ("May 29", "a trial that began May 29", "2012-05-29"),
            ("Nov. 14, 2010", "on Nov. 14, 2010, demanded", "2010-11-14"),
            ("Wednesday", "closing argument Wednesday", "2012-06-06"),
            ("January 2011", "Ostrander in January 2011", "2011-01"),
            ("2011", "retire in 2011", "2011"),
        ],
    ),

    "inv-71-sahel-pledging-conference": (
        "Donors pledge $1.2bn for Sahel displaced, but UN says far more is needed",
        "2021-12-15",
        """Donor governments meeting in Geneva on Tuesday pledged $1.2 billion to help people driven from their homes by violence in the central Sahel, but United Nations officials warned the money would cover barely a third of what aid agencies need in 2022.

In a closing statement, ministers from 41 countries and the European Union promised to keep borders open to civilians fleeing armed groups in Burkina Faso, Mali and Niger, and to expand resettlement places for the most vulnerable refugees.

More than 2.4 million people are now displaced across the three countries, up from about 490,000 at the start of 2019, according to the UN refugee agency, UNHCR, which co-hosted the conference with the African Union.

"Behind each of these numbers is a family that has lost everything, often more than once," said Amina Sorensen-Bakary, UNHCR's assistant high commissioner for operations. "Pledges are welcome, but pledges do not feed children."

She said the agency's operations in the region were only 38 per cent funded this year, the lowest level since it began appealing for the Sahel in 2013.

"We cannot ask the countries of the Sahel to carry this alone. They are among the poorest on earth, and they have kept their doors open."

That warning came from Gaspard Oumarou-Lindh, the UN humanitarian coordinator for Burkina Faso, who said attacks by armed groups had forced more than 3,000 schools in the country to close since last year.

The World Food Programme (WFP) said separately that it would have to cut rations for 600,000 people from January unless new money arrived. "We are already borrowing from next month to pay for this one," WFP spokeswoman Clara Montiel-Azou told reporters.

Germany made the largest single pledge, followed by the United States. A follow-up conference is planned for next October in Dakar.""",
        [
            ("Geneva", "GPE", ["Geneva"]),
            ("Sahel", "LOC", ["Sahel"]),
            ("United Nations", "ORG", ["United Nations", "UN"]),
            ("European Union", "ORG", ["European Union"]),
            ("Burkina Faso", "GPE", ["Burkina Faso"]),
            ("Mali", "GPE", ["Mali"]),
            ("Niger", "GPE", ["Niger"]),
            ("UNHCR", "ORG", ["UN refugee agency", "UNHCR"]),
            ("African Union", "ORG", ["African Union"]),
            ("Amina Sorensen-Bakary", "PERSON", ["Amina Sorensen-Bakary"]),
            ("Gaspard Oumarou-Lindh", "PERSON", ["Gaspard Oumarou-Lindh"]),
            ("World Food Programme", "ORG", ["World Food Programme", "WFP"]),
            ("Clara Montiel-Azou", "PERSON", ["Clara Montiel-Azou"]),
            ("Germany", "GPE", ["Germany"]),
            ("United States", "GPE", ["United States"]),
            ("Dakar", "GPE", ["Dakar"]),
        ],
        [
            ("Behind each of these numbers is", "Amina Sorensen-Bakary"),
            ("Pledges are welcome, but pledges do", "Amina Sorensen-Bakary"),
            ("We cannot ask the countries of", "Gaspard Oumarou-Lindh"),
            ("We are already borrowing from next", "Clara Montiel-Azou"),
        ],
        [
            ("Tuesday", "in Geneva on Tuesday pledged", "2021-12-14"),
            ("2022", "aid agencies need in 2022", "2022"),
            ("2019", "at the start of 2019", "2019"),
            ("this year", "38 per cent funded this year", "2021"),
            ("2013", "for the Sahel in 2013", "2013"),
            ("last year", "to close since last year", "2020"),
            ("January", "600,000 people from January", "2022-01"),
            ("next month", "borrowing from next month", "2022-01"),
            ("next October", "planned for next October", "2022-10"),
        ],
    ),

    "inv-72-riverfront-apartments-vote": (
        "Council OKs 312 apartments on riverfront site despite neighbors' objections",
        "2018-04-25",
        """Asheville City Council voted 5-2 late Tuesday to approve a 312-unit apartment complex on a former lumberyard along the French Broad River in west Asheville, ending more than a year of wrangling over one of the largest housing proposals the city has seen in a decade.

The project, called Millrace Landing, is being developed by Charlotte-based Pembrook Vail Partners. The company agreed to set aside 40 of the units for households earning 80 percent of the area median income or less for at least 20 years.

More than 60 people signed up to speak at the meeting, which ran past 11 p.m. Most of them opposed the plan.

"We're not against housing. We're against 900 more cars on a two-lane road that already backs up every morning," said Doreen Halloway-Pruitt, who has lived on Riverview Drive since 1987.

Others urged the council to say yes. Tyrell Ambrose, 29, told council members he had moved four times in three years because of rising rents. "People who work in this city can't afford to live in it," he said.

Council member Lena Forsgren-Diaz, who made the motion, said the city could not keep turning down housing "because the people who already have a home don't want to look at it."

Council member Rick Tambor, who voted no along with Vice Mayor Dana Whitsett, said the developer had not done enough to address flooding. "This is the right idea in the wrong place," Tambor said.

The council first heard the proposal in February 2017, and the city's Planning and Zoning Commission recommended denial in January. In a statement after the vote, Pembrook Vail said it was "grateful to the council and to the neighbors who engaged with us in good faith."

Construction is expected to begin in March 2019 in what is one of the fastest-growing areas of western North Carolina.""",
        [
            ("Asheville City Council", "ORG", ["Asheville City Council"]),
            ("French Broad River", "LOC", ["French Broad River"]),
            ("Asheville", "GPE", ["Asheville"]),
            ("Millrace Landing", "LOC", ["Millrace Landing"]),
            ("Charlotte", "GPE", ["Charlotte"]),
            ("Pembrook Vail Partners", "ORG", ["Pembrook Vail Partners", "Pembrook Vail"]),
            ("Doreen Halloway-Pruitt", "PERSON", ["Doreen Halloway-Pruitt"]),
            ("Riverview Drive", "LOC", ["Riverview Drive"]),
            ("Tyrell Ambrose", "PERSON", ["Tyrell Ambrose"]),
            ("Lena Forsgren-Diaz", "PERSON", ["Lena Forsgren-Diaz"]),
            ("Rick Tambor", "PERSON", ["Rick Tambor", "Tambor"]),
            ("Dana Whitsett", "PERSON", ["Dana Whitsett"]),
            ("Planning and Zoning Commission", "ORG", ["Planning and Zoning Commission"]),
            ("North Carolina", "GPE", ["North Carolina"]),
        ],
        [
            ("We're not against housing. We're against", "Doreen Halloway-Pruitt"),
            ("People who work in this city", "Tyrell Ambrose"),
            ("because the people who already have", "Lena Forsgren-Diaz"),
            ("This is the right idea in", "Rick Tambor"),
            ("grateful to the council and to", "Pembrook Vail Partners"),
        ],
        [
            ("Tuesday", "voted 5-2 late Tuesday", "2018-04-24"),
            ("1987", "Riverview Drive since 1987", "1987"),
            ("February 2017", "proposal in February 2017", "2017-02"),
            ("January", "recommended denial in January", "2018-01"),
            ("March 2019", "begin in March 2019", "2019-03"),
        ],
    ),

    "inv-73-wolds-classic": (
        "Brackenbury outsprints Roozendaal to win Wolds Classic",
        "2017-04-30",
        """Ellie Brackenbury took the biggest win of her career on Sunday, edging out Femke Roozendaal in a three-rider sprint on the cobbles of Beverley to claim the Wolds Classic.

The 23-year-old from Halifax, who rides for the Leeds-based Calderbrook Racing team, was part of a four-strong move that went clear on Garrowby Hill with 40 kilometres to go and was never seen again by the bunch.

'I honestly didn't think I had the legs,' said Brackenbury, who missed three months of last year after breaking her collarbone in a crash in April 2016. 'When Femke went early I just sat on her wheel, counted to three and went.'

Roozendaal, the 2015 winner, had launched her sprint with 250 metres left but faded in the final 50. 'She was stronger today, simple as that,' the Dutchwoman said. 'I went a little bit too soon and I paid for it.'

Carys Pritchard-Bowen completed the podium, while Isla Merriden, the fourth member of the break, punctured inside the final two kilometres and rolled in 40 seconds down.

Race director Stuart Trewhella said the crowds on the climb had been the biggest since the event began in 2012. 'We had people ten deep on Garrowby Hill. For a women's race in Yorkshire, that is something special.'

Brackenbury's next target is the national road championships in June, where Calderbrook will build their team around her.""",
        [
            ("Ellie Brackenbury", "PERSON", ["Ellie Brackenbury", "Brackenbury"]),
            ("Femke Roozendaal", "PERSON", ["Femke Roozendaal", "Roozendaal", "Femke"]),
            ("Beverley", "GPE", ["Beverley"]),
            ("Halifax", "GPE", ["Halifax"]),
            ("Leeds", "GPE", ["Leeds"]),
            ("Calderbrook Racing", "ORG", ["Calderbrook Racing", "Calderbrook"]),
            ("Garrowby Hill", "LOC", ["Garrowby Hill"]),
            ("Carys Pritchard-Bowen", "PERSON", ["Carys Pritchard-Bowen"]),
            ("Isla Merriden", "PERSON", ["Isla Merriden"]),
            ("Stuart Trewhella", "PERSON", ["Stuart Trewhella"]),
            ("Yorkshire", "LOC", ["Yorkshire"]),
        ],
        [
            ("I honestly didn't think I had", "Ellie Brackenbury"),
            ("When Femke went early I just", "Ellie Brackenbury"),
            ("She was stronger today, simple as", "Femke Roozendaal"),
            ("I went a little bit too", "Femke Roozendaal"),
            ("We had people ten deep on", "Stuart Trewhella"),
        ],
        [
            ("Sunday", "her career on Sunday", "2017-04-30"),
            ("last year", "three months of last year", "2016"),
            ("April 2016", "a crash in April 2016", "2016-04"),
            ("2015", "the 2015 winner", "2015"),
            ("today", "She was stronger today", "2017-04-30"),
            ("2012", "the event began in 2012", "2012"),
            ("June", "championships in June", "2017-06"),
        ],
    ),

    "inv-74-tarrow-hill-kessendra-merger": (
        "Tarrow Hill to buy Kessendra in C$4.1 billion deal; Competition Bureau to review",
        "2020-11-17",
        """TORONTO, Nov 17 - Tarrow Hill Mining Corp said on Tuesday it had agreed to buy smaller rival Kessendra Resources Ltd in an all-share deal valuing the copper producer at about C$4.1 billion, creating Canada's third-largest base metals miner.

Kessendra shareholders will receive 0.82 of a Tarrow Hill share for each share they hold, a 31% premium to Monday's closing price. The companies expect the deal to close in the second quarter of 2021, subject to shareholder and regulatory approval.

"This is a combination that makes sense geologically, financially and culturally," Tarrow Hill chief executive Brendan Kilgallon told analysts on a conference call. "Our mines in northern Ontario sit less than 90 kilometres from Kessendra's Sudbury operations."

Kilgallon said the company had "no plans to close any operating mine" but expected about C$250 million a year in savings by 2023, mainly from shared processing and purchasing.

The Competition Bureau said it would review the transaction. In an emailed statement, a spokesperson said the review "will examine the effects on competition for copper concentrate in Ontario and Quebec," but declined to say how long it would take.

The Northern Mine and Smelter Workers Union (NMSWU), which represents about 2,300 workers at Kessendra's mines, said it would seek meetings with both companies. "Every merger we have seen in this industry has ended in layoffs. We want written guarantees, not promises on a conference call," said Josee Brindamour, the NMSWU's president.

Priya Ravensdale, chief economist at Danemoor, said the price looked full, but copper's rally since March had handed Tarrow Hill a strong currency. "They are buying with expensive paper, which is exactly when you should buy," she said.

Tarrow Hill also operates a coal mine in Mozambique's Tete province, which it said last month it was reviewing for sale. Its shares fell 4.2% in Toronto on Tuesday, while Kessendra jumped 24%.""",
        [
            ("Toronto", "GPE", ["TORONTO", "Toronto"]),
            ("Tarrow Hill Mining", "ORG", ["Tarrow Hill Mining Corp", "Tarrow Hill"]),
            ("Kessendra Resources", "ORG", ["Kessendra Resources Ltd", "Kessendra"]),
            ("Canada", "GPE", ["Canada"]),
            ("Brendan Kilgallon", "PERSON", ["Brendan Kilgallon", "Kilgallon"]),
            ("Ontario", "GPE", ["Ontario"]),
            ("Sudbury", "GPE", ["Sudbury"]),
            ("Competition Bureau", "ORG", ["Competition Bureau"]),
            ("Quebec", "GPE", ["Quebec"]),
            ("Northern Mine and Smelter Workers Union", "ORG", ["Northern Mine and Smelter Workers Union", "NMSWU"]),
            ("Josee Brindamour", "PERSON", ["Josee Brindamour"]),
            ("Priya Ravensdale", "PERSON", ["Priya Ravensdale"]),
            ("Danemoor Securities", "ORG", ["Danemoor"]),
            ("Mozambique", "GPE", ["Mozambique"]),
            ("Tete", "GPE", ["Tete"]),
        ],
        [
            ("This is a combination that makes", "Brendan Kilgallon"),
            ("Our mines in northern Ontario sit", "Brendan Kilgallon"),
            ("no plans to close any operating", "Brendan Kilgallon"),
            ("will examine the effects on competition", "Competition Bureau"),
            ("Every merger we have seen in", "Josee Brindamour"),
            ("They are buying with expensive paper", "Priya Ravensdale"),
        ],
        [
            ("Nov 17", "TORONTO, Nov 17", "2020-11-17"),
            ("Tuesday", "said on Tuesday it had", "2020-11-17"),
            ("Monday", "Monday's closing price", "2020-11-16"),
            ("second quarter of 2021", "in the second quarter of 2021", "2021"),
            ("2023", "savings by 2023", "2023"),
            ("March", "rally since March", "2020-03"),
            ("last month", "said last month it was", "2020-10"),
            ("Tuesday", "in Toronto on Tuesday", "2020-11-17"),
        ],
    ),

    "inv-75-zambezi-floods": (
        "Thousands shelter in schools as Zambezi floods swamp central Mozambique",
        "2021-01-27",
        """QUELIMANE, Mozambique - At least 14 people have died and more than 46,000 have been forced from their homes after a week of heavy rain pushed the Zambezi River over its banks in central Mozambique, the country's disaster management agency said on Wednesday.

The National Institute for Disaster Risk Management (INGD) said the worst-hit districts were in Zambezia and Tete provinces, where whole villages along the river had been cut off. At Caia, a key crossing point, the river rose above its alert level on Saturday and was still climbing.

"We are asking families on the low-lying islands to leave now, while boats can still reach them," INGD's director-general, Augusto Nhantumbo, told a news conference in Maputo. More rain is forecast through Sunday, according to the National Institute of Meteorology.

Aid groups said many of those displaced were sheltering in schools and churches with little food or clean water. The region is still recovering from the cyclone that struck in March 2019.

"People have lost their homes, their seed and their harvest in a single week. If help does not reach them before the planting window closes, we will be looking at hunger well into next year," said Helder Mabunda, who leads the emergency response for the Vuka Relief Network, a Mozambican charity.

The World Food Programme said it had begun moving food by boat to Zambezia. The UN refugee agency said about 3,000 of the displaced had already fled violence in Cabo Delgado province last year and were living in camps near Quelimane. "For many of these families, this is the second time in a year they have lost everything," a spokesperson for the agency said.

In Tete province, Canada's Tarrow Hill said it had suspended work at its coal mine after access roads were washed away. "Our priority is the safety of our people and of the communities around the mine," the company said in a statement.""",
        [
            ("Quelimane", "GPE", ["QUELIMANE", "Quelimane"]),
            ("Mozambique", "GPE", ["Mozambique"]),
            ("Zambezi River", "LOC", ["Zambezi River"]),
            ("National Institute for Disaster Risk Management", "ORG", ["National Institute for Disaster Risk Management", "INGD"]),
            ("Zambezia", "GPE", ["Zambezia"]),
            ("Tete", "GPE", ["Tete"]),
            ("Caia", "GPE", ["Caia"]),
            ("Augusto Nhantumbo", "PERSON", ["Augusto Nhantumbo"]),
            ("Maputo", "GPE", ["Maputo"]),
            ("National Institute of Meteorology", "ORG", ["National Institute of Meteorology"]),
            ("Helder Mabunda", "PERSON", ["Helder Mabunda"]),
            ("Vuka Relief Network", "ORG", ["Vuka Relief Network"]),
            ("World Food Programme", "ORG", ["World Food Programme"]),
            ("UNHCR", "ORG", ["UN refugee agency"]),
            ("Cabo Delgado", "GPE", ["Cabo Delgado"]),
            ("Canada", "GPE", ["Canada"]),
            ("Tarrow Hill Mining", "ORG", ["Tarrow Hill"]),
        ],
        [
            ("We are asking families on the", "Augusto Nhantumbo"),
            ("People have lost their homes, their", "Helder Mabunda"),
            ("For many of these families, this", "UNHCR"),
            ("Our priority is the safety of", "Tarrow Hill Mining"),
        ],
        [
            ("Wednesday", "agency said on Wednesday", "2021-01-27"),
            ("Saturday", "alert level on Saturday", "2021-01-23"),
            ("Sunday", "forecast through Sunday", "2021-01-31"),
            ("March 2019", "struck in March 2019", "2019-03"),
            ("next year", "hunger well into next year", "2022"),
            ("last year", "Cabo Delgado province last year", "2020"),
        ],
    ),

    "inv-76-adriatic-film-festival": (
        "Georgian shepherd drama takes top prize at Adriatic Film Festival",
        "2015-08-16",
        """SPLIT, Croatia - Georgian director Tamar Kvirikashvili won the Golden Lighthouse for best film at the Adriatic Film Festival on Saturday night for "The Salt Road", a spare, slow-burning drama about a widowed shepherd who drives his flock across the Caucasus to sell it before winter.

It is the first time a film from Georgia has taken the festival's top prize since the event was founded in 1998.

Kvirikashvili, 41, accepted the award on the open-air stage at Prokurative square and dedicated it to the shepherds of Tusheti who appear in the film, most of them non-professional actors. "They gave us their summer, their patience and their sheep, and asked for nothing back," she said. "This belongs to them far more than to me."

The jury, chaired by Swedish actress Agnes Lundvall, praised the film in its citation for its patience and its refusal to explain itself. Speaking after the ceremony, Lundvall said the decision had been unanimous.

"We argued about almost everything else for ten days, but not about this film," she said. "From the first image, we knew."

The runner-up prize went to Portuguese director Rui Valadares for "Winter Harbour", while Slovenian actor Matej Kovacic was named best actor.

"The Salt Road" was produced by Tbilisi-based Kolkheti Films with the German company Lichtwerk Filmproduktion, and was shot over two summers in 2013 and 2014 on a budget of under 400,000 euros. It opens in Georgian cinemas in October, and Maison Orage has bought distribution rights for France, Belgium and Switzerland.

The festival's artistic director, Ivana Marelja, said this year's edition had sold a record 62,000 tickets. "People queued for films in languages they do not speak, and they stayed for the discussions afterwards," she said. The next edition is scheduled for next August.""",
        [
            ("Split", "GPE", ["SPLIT"]),
            ("Croatia", "GPE", ["Croatia"]),
            ("Tamar Kvirikashvili", "PERSON", ["Tamar Kvirikashvili", "Kvirikashvili"]),
            ("Adriatic Film Festival", "ORG", ["Adriatic Film Festival"]),
            ("Caucasus", "LOC", ["Caucasus"]),
            ("Georgia", "GPE", ["Georgia"]),
            ("Prokurative", "LOC", ["Prokurative"]),
            ("Tusheti", "LOC", ["Tusheti"]),
            ("Agnes Lundvall", "PERSON", ["Agnes Lundvall", "Lundvall"]),
            ("Rui Valadares", "PERSON", ["Rui Valadares"]),
            ("Matej Kovacic", "PERSON", ["Matej Kovacic"]),
            ("Tbilisi", "GPE", ["Tbilisi"]),
            ("Kolkheti Films", "ORG", ["Kolkheti Films"]),
            ("Lichtwerk Filmproduktion", "ORG", ["Lichtwerk Filmproduktion"]),
            ("Maison Orage", "ORG", ["Maison Orage"]),
            ("France", "GPE", ["France"]),
            ("Belgium", "GPE", ["Belgium"]),
            ("Switzerland", "GPE", ["Switzerland"]),
            ("Ivana Marelja", "PERSON", ["Ivana Marelja"]),
        ],
        [
            ("They gave us their summer, their", "Tamar Kvirikashvili"),
            ("This belongs to them far more", "Tamar Kvirikashvili"),
            ("We argued about almost everything else", "Agnes Lundvall"),
            ("From the first image, we knew.", "Agnes Lundvall"),
            ("People queued for films in languages", "Ivana Marelja"),
        ],
        [
            ("Saturday", "on Saturday night", "2015-08-15"),
            ("1998", "founded in 1998", "1998"),
            ("2013", "in 2013 and 2014", "2013"),
            ("2014", "2013 and 2014", "2014"),
            ("October", "Georgian cinemas in October", "2015-10"),
            ("this year", "said this year's edition", "2015"),
            ("next August", "scheduled for next August", "2016-08"),
        ],
    ),

    "inv-77-emfuleni-mayor-raid": (
        "Hawks raid Emfuleni mayor's office in R48m tender probe",
        "2023-07-21",
        """VEREENIGING - Investigators from the Directorate for Priority Crime Investigation, better known as the Hawks, on Thursday searched the offices and home of Emfuleni executive mayor Bongani Sithebe as part of a fraud and corruption probe into a water-meter tender awarded by the municipality in 2021.

Police said no arrests had been made, but documents, two laptops and several cellphones were seized during the searches in Vereeniging and Vanderbijlpark.

"The investigation relates to allegations that the tender process was manipulated to favour a specific bidder, and that certain officials benefited from the award," Hawks spokesperson Colonel Nomsa Khubeka said.

Khubeka said the unit, which falls under the South African Police Service, had been investigating since a whistle-blower complaint in September last year. She would not say whether Sithebe himself was a suspect.

The R48 million contract went to Mvelo Utility Solutions, a company that was registered only weeks before the tender closed in March 2021. Attempts to reach its directors were unsuccessful.

Sithebe's lawyer, Advocate Pieter Rademeyer, said his client would co-operate fully and denied any wrongdoing. "My client has nothing to hide. He has not been charged with anything, and we will not allow him to be tried in the media," Rademeyer told reporters outside the municipal offices on Friday.

Opposition councillors have called for Sithebe, who was elected mayor in November 2021, to step aside. "People in Sebokeng have gone weeks without water while this money disappeared," said councillor Thandeka Zwane.

The Gauteng provincial government said it was monitoring the matter. Sithebe is due to address a special council meeting on Tuesday.""",
        [
            ("Vereeniging", "GPE", ["VEREENIGING", "Vereeniging"]),
            ("Directorate for Priority Crime Investigation", "ORG", ["Directorate for Priority Crime Investigation", "Hawks"]),
            ("Emfuleni", "GPE", ["Emfuleni"]),
            ("Bongani Sithebe", "PERSON", ["Bongani Sithebe", "Sithebe"]),
            ("Vanderbijlpark", "GPE", ["Vanderbijlpark"]),
            ("Nomsa Khubeka", "PERSON", ["Nomsa Khubeka", "Khubeka"]),
            ("South African Police Service", "ORG", ["South African Police Service"]),
            ("Mvelo Utility Solutions", "ORG", ["Mvelo Utility Solutions"]),
            ("Pieter Rademeyer", "PERSON", ["Pieter Rademeyer", "Rademeyer"]),
            ("Sebokeng", "GPE", ["Sebokeng"]),
            ("Thandeka Zwane", "PERSON", ["Thandeka Zwane"]),
            ("Gauteng", "GPE", ["Gauteng"]),
        ],
        [
            ("The investigation relates to allegations that", "Nomsa Khubeka"),
            ("My client has nothing to hide.", "Pieter Rademeyer"),
            ("People in Sebokeng have gone weeks", "Thandeka Zwane"),
        ],
        [
            ("Thursday", "the Hawks, on Thursday searched", "2023-07-20"),
            ("2021", "the municipality in 2021", "2021"),
            ("September last year", "complaint in September last year", "2022-09"),
            ("March 2021", "tender closed in March 2021", "2021-03"),
            ("Friday", "municipal offices on Friday", "2023-07-21"),
            ("November 2021", "elected mayor in November 2021", "2021-11"),
            ("Tuesday", "council meeting on Tuesday", "2023-07-25"),
        ],
    ),

    "inv-78-coralline-air-outage": (
        "Hundreds of flights cancelled as Coralline Air hit by IT outage",
        "2024-09-26",
        """Coralline Air has cancelled more than 240 domestic flights after a failure in its check-in and crew rostering systems left tens of thousands of passengers stranded at airports around the country.

The airline said the outage began shortly after 4am AEST on Wednesday, when a routine software update caused its booking platform to stop communicating with airport kiosks and bag drops.

"We are deeply sorry to every customer whose plans have been wrecked," chief executive Rhys Tallentire said in a video posted online on Wednesday night. "This was not a cyber attack, and no customer data has been compromised."

At Sydney Airport, queues were still stretching out of the domestic terminal and on to the footpath on Thursday morning, as staff checked passengers in by hand.

"I've been here since five this morning and nobody can tell us anything. Not when the next flight is, not whether my bag is on a plane."

That was Jodie Kerrigan, a nurse from Melbourne, who was trying to get to Brisbane for her sister's wedding on Saturday. She later booked a seat with another carrier at her own expense.

Polish backpacker Tomasz Grabowiecki said he had been given a meal voucher worth $15. "In Sydney that buys you a coffee and half a sandwich," he said.

In a statement on Thursday morning, Coralline said it expected to operate about 80 per cent of its schedule by Friday. The Australian Competition and Consumer Commission said affected passengers were entitled to "a refund or a replacement flight at no extra cost", and the ACCC urged them to keep their receipts.

It is the second major disruption for the airline this year, after a baggage system fault at Brisbane Airport grounded dozens of flights in March.""",
        [
            ("Coralline Air", "ORG", ["Coralline Air", "Coralline"]),
            ("Rhys Tallentire", "PERSON", ["Rhys Tallentire"]),
            ("Sydney Airport", "LOC", ["Sydney Airport"]),
            ("Sydney", "GPE", ["Sydney"]),
            ("Jodie Kerrigan", "PERSON", ["Jodie Kerrigan"]),
            ("Melbourne", "GPE", ["Melbourne"]),
            ("Brisbane", "GPE", ["Brisbane"]),
            ("Tomasz Grabowiecki", "PERSON", ["Tomasz Grabowiecki"]),
            ("Australian Competition and Consumer Commission", "ORG", ["Australian Competition and Consumer Commission", "ACCC"]),
            ("Brisbane Airport", "LOC", ["Brisbane Airport"]),
        ],
        [
            ("We are deeply sorry to every", "Rhys Tallentire"),
            ("This was not a cyber attack", "Rhys Tallentire"),
            ("I've been here since five this", "Jodie Kerrigan"),
            ("In Sydney that buys you a", "Tomasz Grabowiecki"),
            ("a refund or a replacement flight", "Australian Competition and Consumer Commission"),
        ],
        [
            ("Wednesday", "4am AEST on Wednesday", "2024-09-25"),
            ("Wednesday", "online on Wednesday night", "2024-09-25"),
            ("Thursday", "footpath on Thursday morning", "2024-09-26"),
            ("this morning", "since five this morning", "2024-09-26"),
            ("Saturday", "wedding on Saturday", "2024-09-28"),
            ("Thursday", "statement on Thursday morning", "2024-09-26"),
            ("Friday", "its schedule by Friday", "2024-09-27"),
            ("this year", "the airline this year", "2024"),
            ("March", "flights in March", "2024-03"),
        ],
    ),

    "inv-79-leaving-cert-results": (
        "Leaving Cert results: top grades edge up as 58,000 students get results",
        "2019-08-13",
        """Almost 58,000 students received their Leaving Certificate results this morning, with the proportion of top grades rising slightly in most subjects compared with last year.

Figures published by the State Examinations Commission (SEC) show that 7.2 per cent of higher level maths candidates achieved a H1, up from 6.8 per cent. The current grading scale was introduced in 2017.

Minister for Education Eamon Costigan congratulated students and said: "Today is about recognising years of hard work, and I want every student to know that whatever the results, there are many routes to a fulfilling career."

Mr Costigan said he was "conscious that the points system puts enormous pressure on young people" and that a review of the senior cycle would report next year.

The Central Applications Office (CAO) will issue first-round college offers on Monday, August 19. Students who wish to appeal a grade must apply to the SEC by 5pm on Wednesday, August 21.

At Ardnaree Community School in Ballina, Co Mayo, principal Grainne Feeney said the mood had been mostly joyful. "We had students in here at half seven this morning, some of them shaking," she said. "By nine o'clock there were tears, but mostly the good kind."

Among them was Aoife Brennan-Keogh, who scored 589 points and is hoping to study medicine in Galway. "I'll be refreshing the CAO website every five minutes on Monday," she said, laughing.

Ms Feeney said the school's results were its best since it opened in 2004, and paid tribute to teachers who had run free evening classes since January.""",
        [
            ("State Examinations Commission", "ORG", ["State Examinations Commission", "SEC"]),
            ("Eamon Costigan", "PERSON", ["Eamon Costigan", "Costigan"]),
            ("Central Applications Office", "ORG", ["Central Applications Office", "CAO"]),
            ("Ardnaree Community School", "ORG", ["Ardnaree Community School"]),
            ("Ballina", "GPE", ["Ballina"]),
            ("County Mayo", "GPE", ["Co Mayo"]),
            ("Grainne Feeney", "PERSON", ["Grainne Feeney", "Feeney"]),
            ("Aoife Brennan-Keogh", "PERSON", ["Aoife Brennan-Keogh"]),
            ("Galway", "GPE", ["Galway"]),
        ],
        [
            ("Today is about recognising years of", "Eamon Costigan"),
            ("conscious that the points system puts", "Eamon Costigan"),
            ("We had students in here at", "Grainne Feeney"),
            ("By nine o'clock there were tears", "Grainne Feeney"),
            ("I'll be refreshing the CAO website", "Aoife Brennan-Keogh"),
        ],
        [
            ("this morning", "their Leaving Certificate results this morning", "2019-08-13"),
            ("last year", "compared with last year", "2018"),
            ("2017", "introduced in 2017", "2017"),
            ("Today", "Today is about recognising", "2019-08-13"),
            ("next year", "would report next year", "2020"),
            ("Monday, August 19", "on Monday, August 19", "2019-08-19"),
            ("Wednesday, August 21", "5pm on Wednesday, August 21", "2019-08-21"),
            ("this morning", "half seven this morning", "2019-08-13"),
            ("Monday", "every five minutes on Monday", "2019-08-19"),
            ("2004", "since it opened in 2004", "2004"),
            ("January", "evening classes since January", "2019-01"),
        ],
    ),

    "inv-80-esa-asteroid-probe-delay": (
        "Launch of European asteroid probe slips to next year after sensor fault",
        "2018-10-13",
        """The launch of a European spacecraft designed to study a near-Earth asteroid has been postponed until at least February after engineers found a fault in one of its navigation sensors, the European Space Agency (ESA) said on Friday.

The probe, named Kestrel, had been due to lift off on 29 November aboard a Vega rocket from Europe's spaceport in Kourou, French Guiana.

ESA said tests at its technical centre in Noordwijk, in the Netherlands, last month had shown that one of the spacecraft's two star trackers gave inconsistent readings when cooled to the temperatures it will meet in deep space.

"Nobody likes to delay a launch, but it is far better to find this on the ground than three million kilometres from home," said Dr Mireille Autran, ESA's project manager for the mission.

Dr Autran said the faulty unit would be shipped back to its manufacturer, Toulouse-based Veyrac Optronique. The company said in a statement that it was "working around the clock with ESA to replace the affected unit".

Because of the delay, Kestrel will now reach its target in 2021 rather than late 2020, and scientists will lose one of the close passes they had planned.

Dr Katrin Wolschendorf of the Max Planck Institute for Solar System Research in Gottingen, who leads the team behind the probe's dust analyser, was philosophical. "A few months is nothing on the timescales we work with. The asteroid has been there for four billion years, and it will wait for us."

The agency is expected to confirm a new launch date in December.""",
        [
            ("European Space Agency", "ORG", ["European Space Agency", "ESA"]),
            ("Europe", "LOC", ["Europe"]),
            ("Kourou", "GPE", ["Kourou"]),
            ("French Guiana", "GPE", ["French Guiana"]),
            ("Noordwijk", "GPE", ["Noordwijk"]),
            ("Netherlands", "GPE", ["Netherlands"]),
            ("Mireille Autran", "PERSON", ["Mireille Autran", "Autran"]),
            ("Toulouse", "GPE", ["Toulouse"]),
            ("Veyrac Optronique", "ORG", ["Veyrac Optronique"]),
            ("Katrin Wolschendorf", "PERSON", ["Katrin Wolschendorf"]),
            ("Max Planck Institute for Solar System Research", "ORG", ["Max Planck Institute for Solar System Research"]),
            ("Gottingen", "GPE", ["Gottingen"]),
        ],
        [
            ("Nobody likes to delay a launch", "Mireille Autran"),
            ("working around the clock with ESA", "Veyrac Optronique"),
            ("A few months is nothing on", "Katrin Wolschendorf"),
        ],
        [
            ("February", "until at least February", "2019-02"),
            ("Friday", "said on Friday", "2018-10-12"),
            ("29 November", "lift off on 29 November", "2018-11-29"),
            ("last month", "the Netherlands, last month", "2018-09"),
            ("2021", "its target in 2021", "2021"),
            ("2020", "rather than late 2020", "2020"),
            ("December", "launch date in December", "2018-12"),
        ],
    ),
}
# fmt: on
