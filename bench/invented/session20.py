"""Session 20's invented articles, written by two helper sessions from one brief each, at the
start of the session, before its rules: they had not seen the rules' code or their output, and
the engineer who wrote the rules never read them, only their total scores.
`HELD_OUT_WHILE_WRITING` (inv-81 … inv-92) served as session 20's held-out check while its rules
were written; `HELD_OUT_LAST` (inv-93 … inv-104) was scored once, at the session's end.
Same format as `make_gold.ARTICLES`; a quote may carry a third item, the speakers it accepts.
Where an entity is named in two articles, its gold name is the same in both, even where one
article writes only a shorter form (so that the site-wide measure sees one entity).
"""

# fmt: off
HELD_OUT_WHILE_WRITING: dict[str, tuple] = {

"inv-81-water-utility-fine": (
"Ouse Valley Water fined £4.2m over years of sewage spills", "2023-03-17",
"""Ouse Valley Water Services has been fined £4.2 million after admitting that it allowed raw sewage to pour into the River Great Ouse and two of its tributaries for more than three years.

Sentencing the company at Cambridge Crown Court on Thursday, Judge Caroline Ashdown said the firm had shown 'a cavalier disregard for the law and for the people who live and fish along these rivers'.

The court heard that treatment works at Fenby St Mary and Godmanchester discharged untreated sewage on at least 380 occasions between January 2017 and October 2020, often in dry weather, when spills are not permitted. One spill in the summer of 2019 killed an estimated 6,000 fish near Huntingdon.

Prosecuting for the Environment Agency, Alistair Pemberton said the company's own alarms had flagged many of the spills, but staff had been told to record them as equipment faults.

The judge said the fine would have been higher had the company not pleaded guilty in November.

In a statement, Ouse Valley Water said it was 'deeply sorry' for the harm caused. 'We have invested £60 million in the affected works since 2021 and we will not rest until every spill is eliminated,' its chief executive, Martin Grieveson, said.

Campaigners were unimpressed. Rhiannon Blaydes, who founded the group Save the Ouse after the 2019 fish kill, said the penalty amounted to 'a few days' profit'.

'Our members pulled dead fish out of that river with their hands,' she said outside court. 'The people who made these decisions should be standing in the dock, not the company's lawyers.'

The Environment Agency said two further investigations into the utility were continuing. Ouse Valley serves about 1.4 million customers across Cambridgeshire, Bedfordshire and Norfolk.""",
[
 ("Ouse Valley Water Services", "ORG", ["Ouse Valley Water Services", "Ouse Valley Water", "Ouse Valley"]),
 ("River Great Ouse", "LOC", ["River Great Ouse"]),
 ("Cambridge Crown Court", "ORG", ["Cambridge Crown Court"]),
 ("Caroline Ashdown", "PERSON", ["Caroline Ashdown"]),
 ("Fenby St Mary", "GPE", ["Fenby St Mary"]),
 ("Godmanchester", "GPE", ["Godmanchester"]),
 ("Huntingdon", "GPE", ["Huntingdon"]),
 ("Environment Agency", "ORG", ["Environment Agency"]),
 ("Alistair Pemberton", "PERSON", ["Alistair Pemberton"]),
 ("Martin Grieveson", "PERSON", ["Martin Grieveson"]),
 ("Rhiannon Blaydes", "PERSON", ["Rhiannon Blaydes"]),
 ("Save the Ouse", "ORG", ["Save the Ouse"]),
 ("Cambridgeshire", "GPE", ["Cambridgeshire"]),
 ("Bedfordshire", "GPE", ["Bedfordshire"]),
 ("Norfolk", "GPE", ["Norfolk"]),
],
[
 ("a cavalier disregard for the law", "Caroline Ashdown"),
 ("deeply sorry", "Ouse Valley Water Services"),
 ("We have invested £60 million in", "Martin Grieveson", ["Martin Grieveson", "Ouse Valley Water Services"]),
 ("a few days' profit", "Rhiannon Blaydes"),
 ("Our members pulled dead fish out", "Rhiannon Blaydes"),
 ("The people who made these decisions", "Rhiannon Blaydes"),
],
[
 ("Thursday", "Cambridge Crown Court on Thursday", "2023-03-16"),
 ("January 2017", "between January 2017 and", "2017-01"),
 ("October 2020", "and October 2020, often", "2020-10"),
 ("the summer of 2019", "One spill in the summer of 2019", "2019"),
 ("November", "pleaded guilty in November", "2022-11"),
 ("2021", "affected works since 2021", "2021"),
 ("2019", "after the 2019 fish kill", "2019"),
]),

"inv-82-hospital-ransomware": (
"Ransomware attack forces Oregon hospital to divert ambulances", "2024-04-24",
"""MEDFORD, Ore. — A ransomware attack has forced St. Brendan's Regional Medical Center in southern Oregon to divert ambulances and go back to paper records, hospital officials said Wednesday, as the FBI joined the investigation.

The attack was detected early Monday, when staff found they could not open patient charts or pharmacy systems, according to chief executive Lorraine Petrakis. By midday the hospital had shut down its entire network "to protect patient data and keep the damage contained," she said.

Ambulances carrying stroke, trauma and heart patients are being sent to Three Pines Medical Center in Grants Pass, about 30 miles away.

"We are still seeing patients, we are still delivering babies, we are still doing surgery," Petrakis told reporters outside the emergency department in Medford. "We are just doing it the way we did it in 1995."

A group calling itself NightCrane claimed responsibility on a dark-web site on Tuesday and said it had copied 400 gigabytes of data, including Social Security numbers. The hospital has not said whether it will pay a ransom.

A spokesman for the FBI's Portland field office, Greg Alvarado, said the bureau was "aware of the incident and working closely with the hospital" but declined to comment further.

Nurses described a chaotic first shift. One intensive care nurse, who asked not to be named because she was not authorized to speak to the press, said staff had been writing medication doses on whiteboards.

"Nobody trained us for this," she said. "You realize how much of the job lives inside a computer."

Jackson County Commissioner Dale Haverford said he had asked the Oregon Health Authority for emergency staff. The state agency said it was monitoring the situation.

St. Brendan's said it expected to restore its main systems by early May and urged patients with appointments before May 6 to call ahead. It is the second attack on an Oregon hospital this year; a clinic network in Bend was hit in February.""",
[
 ("Medford", "GPE", ["Medford"]),
 ("Oregon", "GPE", ["Oregon", "Ore."]),
 ("St. Brendan's Regional Medical Center", "ORG", ["St. Brendan's Regional Medical Center", "St. Brendan's"]),
 ("FBI", "ORG", ["FBI"]),
 ("Lorraine Petrakis", "PERSON", ["Lorraine Petrakis", "Petrakis"]),
 ("Three Pines Medical Center", "ORG", ["Three Pines Medical Center"]),
 ("Grants Pass", "GPE", ["Grants Pass"]),
 ("NightCrane", "ORG", ["NightCrane"]),
 ("Portland", "GPE", ["Portland"]),
 ("Greg Alvarado", "PERSON", ["Greg Alvarado"]),
 ("Jackson County", "GPE", ["Jackson County"]),
 ("Dale Haverford", "PERSON", ["Dale Haverford"]),
 ("Oregon Health Authority", "ORG", ["Oregon Health Authority"]),
 ("Bend", "GPE", ["Bend"]),
],
[
 ("to protect patient data and keep", "Lorraine Petrakis"),
 ("We are still seeing patients, we", "Lorraine Petrakis"),
 ("We are just doing it the", "Lorraine Petrakis"),
 ("aware of the incident and working", "Greg Alvarado"),
 ("Nobody trained us for this", None),
 ("You realize how much of the", None),
],
[
 ("Wednesday", "hospital officials said Wednesday", "2024-04-24"),
 ("Monday", "detected early Monday", "2024-04-22"),
 ("1995", "the way we did it in 1995", "1995"),
 ("Tuesday", "dark-web site on Tuesday", "2024-04-23"),
 ("early May", "main systems by early May", "2024-05"),
 ("May 6", "appointments before May 6", "2024-05-06"),
 ("this year", "an Oregon hospital this year", "2024"),
 ("February", "was hit in February", "2024-02"),
]),

"inv-83-womens-football-transfer": (
"Corrigan completes world-record move to Sierra Valley after stand-off", "2025-01-30",
"""Niamh Corrigan has finally completed her move from Kingsmere United to Sierra Valley FC, ending a transfer saga that has dragged on since the start of the month and left the Irish striker training on her own for almost three weeks.

The American club confirmed on Wednesday night that it had agreed a fee of about £1.1 million for the 26-year-old, a world record for a female player. Kingsmere had rejected two earlier bids, the second of them on January 14, and manager Sophie Lindqvist said publicly last week that her top scorer was 'not for sale at any price'.

That position softened after Corrigan handed in a written transfer request. In the letter, which was seen by the Kingsmere Gazette, she wrote that she had 'given this club seven years and everything I had' and asked to be allowed 'to test myself in the best league in the world'.

Lindqvist was more conciliatory on Thursday. 'Niamh leaves with our thanks,' the Swede said. 'Nobody has scored more goals in this shirt and nobody ever trained harder. I wish the circumstances had been different, but that is football now.'

Corrigan, who scored 19 goals in the Women's Super League last season, joined Kingsmere from Galway Harbour FC as a teenager in 2018. She is expected to make her debut in the National Women's Soccer League when the season opens in March.

Sierra Valley head coach Marcus Delahunt said the striker would give his side 'a different dimension'.

'We have been watching Niamh for two years,' he said in a video posted on the club's social media channels. 'When you get the chance to sign a player like that, you don't let a few difficult weeks put you off.'

The club's owners, the Sacramento-based Halverson Group, are also pushing for a new 12,000-seat stadium in the city, a plan that goes before the city council next month.""",
[
 ("Niamh Corrigan", "PERSON", ["Niamh Corrigan", "Corrigan", "Niamh"]),
 ("Kingsmere United", "ORG", ["Kingsmere United", "Kingsmere"]),
 ("Sierra Valley FC", "ORG", ["Sierra Valley FC", "Sierra Valley"]),
 ("Sophie Lindqvist", "PERSON", ["Sophie Lindqvist", "Lindqvist"]),
 ("Kingsmere Gazette", "ORG", ["Kingsmere Gazette"]),
 ("Women's Super League", "ORG", ["Women's Super League"]),
 ("Galway Harbour FC", "ORG", ["Galway Harbour FC"]),
 ("National Women's Soccer League", "ORG", ["National Women's Soccer League"]),
 ("Marcus Delahunt", "PERSON", ["Marcus Delahunt"]),
 ("Sacramento", "GPE", ["Sacramento"]),
 ("Halverson Group", "ORG", ["Halverson Group"]),
],
[
 ("not for sale at any price", "Sophie Lindqvist"),
 ("given this club seven years and", "Niamh Corrigan"),
 ("to test myself in the best", "Niamh Corrigan"),
 ("Niamh leaves with our thanks", "Sophie Lindqvist"),
 ("Nobody has scored more goals in", "Sophie Lindqvist"),
 ("a different dimension", "Marcus Delahunt"),
 ("We have been watching Niamh for", "Marcus Delahunt"),
 ("When you get the chance to", "Marcus Delahunt"),
],
[
 ("the start of the month", "since the start of the month", "2025-01"),
 ("Wednesday", "confirmed on Wednesday night", "2025-01-29"),
 ("January 14", "the second of them on January 14", "2025-01-14"),
 ("last week", "said publicly last week", "2025-W04"),
 ("Thursday", "more conciliatory on Thursday", "2025-01-30"),
 ("2018", "as a teenager in 2018", "2018"),
 ("March", "the season opens in March", "2025-03"),
 ("next month", "the city council next month", "2025-02"),
]),

"inv-84-drought-crop-prices": (
"Fenland growers count the cost as drought pushes up potato prices", "2022-08-12",
"""Farmers across the Fens say this summer's drought could cut their potato and onion harvests by a quarter, as wholesale prices climb to their highest level in more than a decade.

Parts of Cambridgeshire and Lincolnshire have had less than a third of their usual rainfall since March, according to the Met Office, and July was the driest in the region since 1911.

On his farm near the town of March, third-generation grower Tom Eastaugh has stopped irrigating two fields of potatoes so that he can save water for his onions. "You're choosing which crop to let die," he said. "My father never had to do that, and his father never had to either."

Eastaugh's abstraction licence from the Environment Agency lets him draw water from the River Nene only until its flow falls below a set level, which he said could happen "any day now".

The agency said on Thursday that it had moved East Anglia into drought status, a step that allows it to restrict abstraction further. Ouse Valley Water, which supplies about 1.4 million homes in the region, has announced a hosepipe ban starting next Friday.

Wholesale potato prices have risen by about 40 per cent since June, according to the Agriculture and Horticulture Development Board (AHDB). Priya Nandakumar, a senior analyst at the AHDB, said shoppers would feel the effects by the autumn.

"Retailers have absorbed some of it so far, but they will not absorb all of it," she said. "If we get another dry spring, the problem rolls straight into next year's crop."

The National Farmers' Union has asked ministers to relax the rules on moving water between neighbouring farms. The NFU's East Anglia chair, Jo Hatherley, said: "Farmers are not asking for handouts. We are asking to be allowed to use water we already have."

Ouse Valley Water said the hosepipe ban would be reviewed in September.""",
[
 ("Fens", "LOC", ["Fens"]),
 ("Cambridgeshire", "GPE", ["Cambridgeshire"]),
 ("Lincolnshire", "GPE", ["Lincolnshire"]),
 ("Met Office", "ORG", ["Met Office"]),
 ("March", "GPE", ["March"]),
 ("Tom Eastaugh", "PERSON", ["Tom Eastaugh", "Eastaugh"]),
 ("Environment Agency", "ORG", ["Environment Agency"]),
 ("River Nene", "LOC", ["River Nene"]),
 ("East Anglia", "LOC", ["East Anglia"]),
 ("Ouse Valley Water Services", "ORG", ["Ouse Valley Water"]),
 ("Agriculture and Horticulture Development Board", "ORG", ["Agriculture and Horticulture Development Board", "AHDB"]),
 ("Priya Nandakumar", "PERSON", ["Priya Nandakumar"]),
 ("National Farmers' Union", "ORG", ["National Farmers' Union", "NFU"]),
 ("Jo Hatherley", "PERSON", ["Jo Hatherley"]),
],
[
 ("You're choosing which crop to let", "Tom Eastaugh"),
 ("My father never had to do", "Tom Eastaugh"),
 ("any day now", "Tom Eastaugh"),
 ("Retailers have absorbed some of it", "Priya Nandakumar"),
 ("If we get another dry spring", "Priya Nandakumar"),
 ("Farmers are not asking for handouts", "Jo Hatherley"),
],
[
 ("this summer", "this summer's drought", "2022"),
 ("March", "usual rainfall since March", "2022-03"),
 ("July", "and July was the driest", "2022-07"),
 ("1911", "in the region since 1911", "1911"),
 ("Thursday", "The agency said on Thursday", "2022-08-11"),
 ("next Friday", "hosepipe ban starting next Friday", "2022-08-19"),
 ("June", "40 per cent since June", "2022-06"),
 ("the autumn", "feel the effects by the autumn", "2022"),
 ("next year", "straight into next year's crop", "2023"),
 ("September", "reviewed in September", "2022-09"),
]),

"inv-85-school-bus-crash": (
"Eleven pupils killed as school bus plunges off highway near Salgaa", "2024-03-04",
"""Eleven pupils were killed and at least 34 others injured when a school bus plunged off the highway near Salgaa, west of Nakuru, on Sunday evening, police said.

The bus, belonging to Rongai Hills Academy, was carrying 52 pupils and four teachers back from a music festival in Kisumu when the driver lost control on a sharp bend at about 7pm, Nakuru County police commander Esther Wambui told reporters at the scene.

"Initial reports indicate the bus was travelling at high speed and the brakes may have failed on the descent," Ms Wambui said. "The driver survived and is under police guard in hospital."

The injured were taken to Nakuru County Referral Hospital, and five children in critical condition were later flown to Nairobi. The commander said the death toll could rise.

It is one of the deadliest road crashes in Kenya this year, and the stretch of road around Salgaa has long been known as a black spot.

Parents gathered at the school in Rongai through the night. Joseph Kiptoo, whose 13-year-old daughter is among the injured, said she had called him from the bus an hour before the crash.

"She told me they were singing and the teacher had bought them sodas," he said, his voice breaking.

County roads executive Wilfred Oduya said the county government had repeatedly asked the Kenya National Highways Authority (KeNHA) to put up barriers on the bend. "We wrote to them in 2021 and again last year. Nothing was done," he said. "How many children must die before someone acts?"

KeNHA did not respond to requests for comment on Monday.

The Ministry of Education said in a statement that all school trips by road would be suspended for the rest of the term pending a safety review. The National Transport and Safety Authority (NTSA) said it had sent a team to inspect the vehicle, which passed its annual inspection in November.""",
[
 ("Salgaa", "GPE", ["Salgaa"]),
 ("Nakuru", "GPE", ["Nakuru"]),
 ("Rongai Hills Academy", "ORG", ["Rongai Hills Academy"]),
 ("Kisumu", "GPE", ["Kisumu"]),
 ("Nakuru County", "GPE", ["Nakuru County"]),
 ("Esther Wambui", "PERSON", ["Esther Wambui", "Wambui"]),
 ("Nakuru County Referral Hospital", "ORG", ["Nakuru County Referral Hospital"]),
 ("Nairobi", "GPE", ["Nairobi"]),
 ("Kenya", "GPE", ["Kenya"]),
 ("Rongai", "GPE", ["Rongai"]),
 ("Joseph Kiptoo", "PERSON", ["Joseph Kiptoo"]),
 ("Wilfred Oduya", "PERSON", ["Wilfred Oduya"]),
 ("Kenya National Highways Authority", "ORG", ["Kenya National Highways Authority", "KeNHA"]),
 ("Ministry of Education", "ORG", ["Ministry of Education"]),
 ("National Transport and Safety Authority", "ORG", ["National Transport and Safety Authority", "NTSA"]),
],
[
 ("Initial reports indicate the bus was", "Esther Wambui"),
 ("The driver survived and is under", "Esther Wambui"),
 ("She told me they were singing", "Joseph Kiptoo"),
 ("We wrote to them in 2021", "Wilfred Oduya"),
 ("How many children must die before", "Wilfred Oduya"),
],
[
 ("Sunday", "on Sunday evening", "2024-03-03"),
 ("this year", "road crashes in Kenya this year", "2024"),
 ("2021", "We wrote to them in 2021", "2021"),
 ("last year", "and again last year", "2023"),
 ("Monday", "requests for comment on Monday", "2024-03-04"),
 ("November", "annual inspection in November", "2023-11"),
]),

"inv-86-county-official-arrest": (
"Nakuru roads chief arrested over Sh480m 'ghost roads' payments", "2024-10-17",
"""NAKURU, Kenya — Anti-graft detectives on Wednesday arrested Nakuru County's roads executive, Wilfred Oduya, over the alleged payment of Sh480 million to contractors for road works that were never carried out.

Mr Oduya was picked up at his home in Nakuru town shortly after 6am by officers from the Ethics and Anti-Corruption Commission (EACC), who also searched his office at the county headquarters and carted away documents and two vehicles.

In a statement, the commission said the executive and four other county officials were suspected of steering 23 contracts awarded between July 2022 and June 2023 to firms linked to their relatives.

"Preliminary investigations show that at least Sh480 million was paid out for roads that exist only on paper," EACC chief executive Caroline Njeru said. "We are asking members of the public with any information to come forward."

Two of the contractors, Tumaini Road Builders Ltd and Menengai Civil Works, are registered to the same address in Nairobi, according to the commission.

Oduya, 51, was until recently seen as a rising figure in county politics. In March he drew national attention after the Salgaa school bus crash, in which 11 pupils died, when he accused the national highways agency of ignoring the county's warnings about the road.

His lawyer, Duncan Maroa, said his client would "fully cooperate with investigators" and denied any wrongdoing.

"This is a political witch-hunt timed to coincide with the budget debate," Mr Maroa told journalists outside the EACC's regional offices. "My client has nothing to hide, and he will prove it in court."

The county's governor did not comment on the arrest. Her spokesman, Paul Chege, said only that the county government would "allow the law to take its course".

Oduya is expected to be arraigned at the Milimani Anti-Corruption Court in Nairobi on Friday.""",
[
 ("Nakuru", "GPE", ["Nakuru"]),
 ("Kenya", "GPE", ["Kenya"]),
 ("Nakuru County", "GPE", ["Nakuru County"]),
 ("Wilfred Oduya", "PERSON", ["Wilfred Oduya", "Oduya"]),
 ("Ethics and Anti-Corruption Commission", "ORG", ["Ethics and Anti-Corruption Commission", "EACC"]),
 ("Caroline Njeru", "PERSON", ["Caroline Njeru"]),
 ("Tumaini Road Builders Ltd", "ORG", ["Tumaini Road Builders Ltd"]),
 ("Menengai Civil Works", "ORG", ["Menengai Civil Works"]),
 ("Nairobi", "GPE", ["Nairobi"]),
 ("Salgaa", "GPE", ["Salgaa"]),
 ("Duncan Maroa", "PERSON", ["Duncan Maroa", "Maroa"]),
 ("Paul Chege", "PERSON", ["Paul Chege"]),
 ("Milimani Anti-Corruption Court", "ORG", ["Milimani Anti-Corruption Court"]),
],
[
 ("Preliminary investigations show that at least", "Caroline Njeru"),
 ("We are asking members of the", "Caroline Njeru"),
 ("fully cooperate with investigators", "Duncan Maroa"),
 ("This is a political witch-hunt timed", "Duncan Maroa"),
 ("My client has nothing to hide", "Duncan Maroa"),
 ("allow the law to take its", "Paul Chege"),
],
[
 ("Wednesday", "Anti-graft detectives on Wednesday", "2024-10-16"),
 ("July 2022", "awarded between July 2022", "2022-07"),
 ("June 2023", "and June 2023 to firms", "2023-06"),
 ("March", "In March he drew", "2024-03"),
 ("Friday", "in Nairobi on Friday", "2024-10-18"),
]),

"inv-87-ferry-route-cuts": (
"Eirmor to axe Rosslare–Fishguard ferry and cut Holyhead sailings", "2023-10-03",
"""Eirmor Ferries is to end its Rosslare to Fishguard service in the new year and halve winter sailings between Dublin and Holyhead, blaming soaring fuel costs and a sharp fall in freight traffic since Brexit.

The company told staff on Monday that the last sailing from Rosslare Europort would leave on January 7th and that about 140 jobs would go across the two ports. Crossings between Dublin and Holyhead will fall from four a day to two between November and March.

Chief executive Gráinne Mac Suibhne said the decision had been 'the hardest call this company has ever made'.

'We have lost money on the southern corridor every year since 2020,' she said in a message to employees. 'We kept it going longer than any sensible business would, because we know what it means to Wexford. But we cannot keep doing it.'

The announcement drew an angry response in Wexford, where the port supports several hundred jobs. Local TD Séamus Furlong said he had been given no warning.

'I found out from a journalist,' he said. 'That tells you everything about how this company treats the people who kept it afloat.'

In Wales, the leader of Pembrokeshire County Council, Huw Bevan-Price, said he would seek an urgent meeting with the company and the Welsh Government. 'Fishguard has had a ferry to Ireland since 1906,' he said, 'and I refuse to believe it ends like this.'

SIPTU, which represents most of the company's Irish crew, said it would ballot members on industrial action. Its organiser, Declan Rossiter, accused management of 'using Brexit as cover for cuts they planned years ago'.

A company spokeswoman said Eirmor would 'work with both governments to find another operator' for the southern route.

Eirmor, which is owned by the Norwegian group Nordhavn Holdings, reported a loss of €31 million last year. Freight volumes on the Rosslare–Fishguard route fell by 38 per cent between 2019 and 2022, according to industry figures.""",
[
 ("Eirmor Ferries", "ORG", ["Eirmor Ferries", "Eirmor"]),
 ("Rosslare", "GPE", ["Rosslare"]),
 ("Fishguard", "GPE", ["Fishguard"]),
 ("Dublin", "GPE", ["Dublin"]),
 ("Holyhead", "GPE", ["Holyhead"]),
 ("Rosslare Europort", "LOC", ["Rosslare Europort"]),
 ("Gráinne Mac Suibhne", "PERSON", ["Gráinne Mac Suibhne"]),
 ("Wexford", "GPE", ["Wexford"]),
 ("Séamus Furlong", "PERSON", ["Séamus Furlong"]),
 ("Wales", "GPE", ["Wales"]),
 ("Pembrokeshire County Council", "ORG", ["Pembrokeshire County Council"]),
 ("Huw Bevan-Price", "PERSON", ["Huw Bevan-Price"]),
 ("Welsh Government", "ORG", ["Welsh Government"]),
 ("Ireland", "GPE", ["Ireland"]),
 ("SIPTU", "ORG", ["SIPTU"]),
 ("Declan Rossiter", "PERSON", ["Declan Rossiter"]),
 ("Nordhavn Holdings", "ORG", ["Nordhavn Holdings"]),
],
[
 ("the hardest call this company has", "Gráinne Mac Suibhne"),
 ("We have lost money on the", "Gráinne Mac Suibhne"),
 ("We kept it going longer than", "Gráinne Mac Suibhne"),
 ("I found out from a journalist", "Séamus Furlong"),
 ("That tells you everything about how", "Séamus Furlong"),
 ("Fishguard has had a ferry to", "Huw Bevan-Price"),
 ("and I refuse to believe it", "Huw Bevan-Price"),
 ("using Brexit as cover for cuts", "Declan Rossiter"),
 ("work with both governments to find", "Eirmor Ferries", ["Eirmor Ferries", None]),
],
[
 ("the new year", "service in the new year", "2024"),
 ("Monday", "told staff on Monday", "2023-10-02"),
 ("January 7th", "leave on January 7th", "2024-01-07"),
 ("November", "between November and March", "2023-11"),
 ("March", "between November and March", "2024-03"),
 ("2020", "every year since 2020", "2020"),
 ("1906", "a ferry to Ireland since 1906", "1906"),
 ("last year", "€31 million last year", "2022"),
 ("2019", "between 2019 and 2022", "2019"),
 ("2022", "between 2019 and 2022", "2022"),
]),

"inv-88-university-pension-strike": (
"Glenmorven lecturers walk out in pensions row", "2021-12-01",
"""Lecturers at Glenmorven University walked out on Wednesday at the start of a three-day strike over cuts to their pensions, cancelling classes for around 18,000 students in the last fortnight of the autumn term.

Members of the University and College Union (UCU) formed picket lines outside the university's main gates in the West End of Glasgow from 7.30am.

The dispute centres on changes to the Universities Superannuation Scheme (USS), which union officials say will cut the guaranteed retirement income of a typical young lecturer by more than a third. The scheme says the changes are needed to close a deficit that was valued at £14.1 billion in March last year.

"Nobody goes into academia to get rich," said Dr Fiona Lachlan, a senior lecturer in chemistry and president of the local UCU branch. "But we were promised a decent pension in return for lower pay, and that promise is being torn up."

She said 78 per cent of members had voted for action in a ballot that closed two weeks ago.

The university's principal, Professor Alan Drummond-Hay, wrote to students on Tuesday that he "shared many of the union's concerns" but that the decision lay with the scheme, not with individual universities. The principal said every student would be able to catch up on missed material before exams in January.

Students were divided. Outside the library, fourth-year law student Amira Siddiqui said she backed the lecturers. "It's a pain, but they're being treated badly and I'd rather they were still here next year than gone to industry."

The Glenmorven Students' Association said it had received more than 300 complaints and would press for compensation for international students, who "pay up to £26,000 a year for teaching they are not receiving".

The strike ends on Friday. A national rally is planned in London this weekend, and talks with employers' body Universities UK are due to resume on Monday. The union's Scotland official, Gordon Keir, warned that strikes could return in the spring "if employers do not come back to the table with something real".""",
[
 ("Glenmorven University", "ORG", ["Glenmorven University"]),
 ("University and College Union", "ORG", ["University and College Union", "UCU"]),
 ("West End", "LOC", ["West End"]),
 ("Glasgow", "GPE", ["Glasgow"]),
 ("Universities Superannuation Scheme", "ORG", ["Universities Superannuation Scheme", "USS"]),
 ("Fiona Lachlan", "PERSON", ["Fiona Lachlan"]),
 ("Alan Drummond-Hay", "PERSON", ["Alan Drummond-Hay"]),
 ("Amira Siddiqui", "PERSON", ["Amira Siddiqui"]),
 ("Glenmorven Students' Association", "ORG", ["Glenmorven Students' Association"]),
 ("London", "GPE", ["London"]),
 ("Universities UK", "ORG", ["Universities UK"]),
 ("Scotland", "GPE", ["Scotland"]),
 ("Gordon Keir", "PERSON", ["Gordon Keir"]),
],
[
 ("Nobody goes into academia to get", "Fiona Lachlan"),
 ("But we were promised a decent", "Fiona Lachlan"),
 ("shared many of the union's concerns", "Alan Drummond-Hay"),
 ("It's a pain, but they're being", "Amira Siddiqui"),
 ("pay up to £26,000 a year", "Glenmorven Students' Association"),
 ("if employers do not come back", "Gordon Keir"),
],
[
 ("Wednesday", "walked out on Wednesday", "2021-12-01"),
 ("the autumn term", "last fortnight of the autumn term", "2021"),
 ("March last year", "£14.1 billion in March last year", "2020-03"),
 ("two weeks ago", "a ballot that closed two weeks ago", "2021-W46"),
 ("Tuesday", "wrote to students on Tuesday", "2021-11-30"),
 ("January", "before exams in January", "2022-01"),
 ("next year", "still here next year", "2022"),
 ("Friday", "The strike ends on Friday", "2021-12-03"),
 ("this weekend", "planned in London this weekend", "2021-W48"),
 ("Monday", "due to resume on Monday", "2021-12-06"),
 ("the spring", "strikes could return in the spring", "2022"),
]),

"inv-89-wildfire-evacuation": (
"Thousands flee as wildfire doubles in size in southern Oregon", "2024-08-05",
"""A fast-moving wildfire in southern Oregon doubled in size overnight, forcing more than 6,000 people from their homes on Monday and sending a column of smoke over Medford that turned the afternoon sky orange.

The fire started Saturday afternoon in dry grass near Applegate Lake and had burned about 24,000 acres by Monday morning with no containment, according to the Oregon Department of Forestry. Investigators believe it was sparked by a trailer chain dragging along a rural road.

Evacuation orders were first issued Saturday evening for the small communities of Copper Bend and Harlan Springs. The following day, as gusts reached 40 mph, the Jackson County Sheriff's Office extended them to the western edge of Jacksonville.

"We knocked on every door we could reach," Sheriff Ray Castellanos said. "If you are told to go, go. Don't wait until you can see the flames."

At a Red Cross shelter at the Jackson County Expo in Central Point, Beverly Tsosie, 71, said she had left with her two dogs, her medications and a photo album. She lost her previous home in Talent in the 2020 fires.

"I know what it looks like when it comes," she said, "and I wasn't going to sit there and watch it again."

It is the third major fire in Jackson County in five years. Crews from California and Washington have been sent to help, and Jenna Whitlock, a spokeswoman for the state fire marshal, said more than 900 firefighters were now on the lines.

"We're fighting this fire on three sides, and the wind keeps changing which side matters," she said.

St. Brendan's, the Medford hospital that spent weeks recovering from a cyberattack in the spring, said it had opened an overflow unit for patients with smoke-related breathing problems.

The National Weather Service expects cooler air to arrive by Wednesday but has warned of dry lightning later in the week.""",
[
 ("Oregon", "GPE", ["Oregon"]),
 ("Medford", "GPE", ["Medford"]),
 ("Applegate Lake", "LOC", ["Applegate Lake"]),
 ("Oregon Department of Forestry", "ORG", ["Oregon Department of Forestry"]),
 ("Copper Bend", "GPE", ["Copper Bend"]),
 ("Harlan Springs", "GPE", ["Harlan Springs"]),
 ("Jackson County Sheriff's Office", "ORG", ["Jackson County Sheriff's Office"]),
 ("Jacksonville", "GPE", ["Jacksonville"]),
 ("Ray Castellanos", "PERSON", ["Ray Castellanos"]),
 ("Red Cross", "ORG", ["Red Cross"]),
 ("Jackson County Expo", "LOC", ["Jackson County Expo"]),
 ("Central Point", "GPE", ["Central Point"]),
 ("Beverly Tsosie", "PERSON", ["Beverly Tsosie"]),
 ("Talent", "GPE", ["Talent"]),
 ("Jackson County", "GPE", ["Jackson County"]),
 ("California", "GPE", ["California"]),
 ("Washington", "GPE", ["Washington"]),
 ("Jenna Whitlock", "PERSON", ["Jenna Whitlock"]),
 ("St. Brendan's Regional Medical Center", "ORG", ["St. Brendan's"]),
 ("National Weather Service", "ORG", ["National Weather Service"]),
],
[
 ("We knocked on every door we", "Ray Castellanos"),
 ("If you are told to go", "Ray Castellanos"),
 ("I know what it looks like", "Beverly Tsosie"),
 ("and I wasn't going to sit", "Beverly Tsosie"),
 ("We're fighting this fire on three", "Jenna Whitlock"),
],
[
 ("Monday", "from their homes on Monday", "2024-08-05"),
 ("Saturday", "The fire started Saturday afternoon", "2024-08-03"),
 ("Monday", "by Monday morning", "2024-08-05"),
 ("Saturday", "first issued Saturday evening", "2024-08-03"),
 ("The following day", "The following day, as gusts", "2024-08-04"),
 ("2020", "in the 2020 fires", "2020"),
 ("the spring", "a cyberattack in the spring", "2024"),
 ("Wednesday", "cooler air to arrive by Wednesday", "2024-08-07"),
 ("later in the week", "dry lightning later in the week", "2024-W32"),
]),

"inv-90-pharma-recall": (
"Vasudha Lifesciences recalls blood pressure tablets over impurity", "2022-09-14",
"""Hyderabad-based Vasudha Lifesciences Ltd has recalled more than 2.3 lakh bottles of a widely used blood pressure medicine after tests found higher than permitted levels of a nitrosamine impurity, the company said in a filing to the BSE on Tuesday.

The recall covers 14 batches made between October 2021 and March 2022 at the company's plant in Sitarampur, in Telangana's Mahabubnagar district. The tablets were sold in India and exported to the United States and 11 other countries.

In the United States, the Food and Drug Administration (FDA) classified the recall as Class II last week, meaning the product is unlikely to cause serious harm but may cause temporary health problems.

"Patient safety is our first priority. We identified the issue in our own stability testing and acted immediately," managing director Ravindra Kolluri told reporters in Hyderabad.

"This is the first recall in the company's 26-year history," Mr. Kolluri added, "and we intend it to be the last."

In its statement, Vasudha Lifesciences said patients should consult their doctor before changing treatment. "Patients should not stop taking their medicine without medical advice," it said.

A senior official of the Central Drugs Standard Control Organisation (CDSCO), who did not wish to be named, said inspectors had visited the Sitarampur plant in August and found "serious lapses in documentation". The Telangana Drugs Control Administration has asked hospitals and chemists in the State to return unused stock.

Vasudha shares fell 7.8 per cent to ₹412 on the National Stock Exchange (NSE). Sunil Bhagat, a pharmaceuticals analyst at Kanvar Securities, said the direct cost of the recall was small, but "the reputational damage with American regulators could be far larger". The plant last cleared an FDA inspection in 2019.""",
[
 ("Hyderabad", "GPE", ["Hyderabad"]),
 ("Vasudha Lifesciences Ltd", "ORG", ["Vasudha Lifesciences Ltd", "Vasudha Lifesciences", "Vasudha"]),
 ("BSE", "ORG", ["BSE"]),
 ("Sitarampur", "GPE", ["Sitarampur"]),
 ("Telangana", "GPE", ["Telangana"]),
 ("Mahabubnagar", "GPE", ["Mahabubnagar"]),
 ("India", "GPE", ["India"]),
 ("United States", "GPE", ["United States"]),
 ("Food and Drug Administration", "ORG", ["Food and Drug Administration", "FDA"]),
 ("Ravindra Kolluri", "PERSON", ["Ravindra Kolluri", "Kolluri"]),
 ("Central Drugs Standard Control Organisation", "ORG", ["Central Drugs Standard Control Organisation", "CDSCO"]),
 ("Telangana Drugs Control Administration", "ORG", ["Telangana Drugs Control Administration"]),
 ("National Stock Exchange", "ORG", ["National Stock Exchange", "NSE"]),
 ("Sunil Bhagat", "PERSON", ["Sunil Bhagat"]),
 ("Kanvar Securities", "ORG", ["Kanvar Securities"]),
],
[
 ("Patient safety is our first priority", "Ravindra Kolluri"),
 ("This is the first recall in", "Ravindra Kolluri"),
 ("and we intend it to be", "Ravindra Kolluri"),
 ("Patients should not stop taking their", "Vasudha Lifesciences Ltd"),
 ("serious lapses in documentation", None, [None, "Central Drugs Standard Control Organisation"]),
 ("the reputational damage with American regulators", "Sunil Bhagat"),
],
[
 ("Tuesday", "filing to the BSE on Tuesday", "2022-09-13"),
 ("October 2021", "made between October 2021", "2021-10"),
 ("March 2022", "and March 2022 at", "2022-03"),
 ("last week", "as Class II last week", "2022-W36"),
 ("August", "Sitarampur plant in August", "2022-08"),
 ("2019", "FDA inspection in 2019", "2019"),
]),

"inv-91-cycling-stage": (
"Treloar conquers Baw Baw for first pro win", "2019-01-19",
"""Lachlan Treloar rode the race of his life to win the third stage of the Tour of Gippsland on Friday, attacking on the steepest ramps of Mount Baw Baw and holding on for a maiden professional victory at the summit.

Treloar, 23, of Tasman Pro Cycling, went clear with four kilometres of the 162-kilometre stage from Traralgon remaining and crossed the line nine seconds ahead of Belgian Pieter Van Daele. Colombian Andrés Villamizar of Equipe Valmorel was third and took the leader's jersey from Van Daele.

'I've been dreaming about this climb since I was a kid watching from the roadside,' Treloar said. 'My whole family was up there on the last corner screaming. I couldn't hear anything else.'

The Warragul-born rider, who grew up racing on the roads of Gippsland, broke his collarbone in a crash at the national championships last January and spent four months off the bike.

Tasman sports director Kate McAlister said the team had planned the move the night before. 'We knew Lachie had the legs if he waited,' she said. 'He waited, and then he didn't.'

Van Daele, who won Wednesday's opening stage, admitted he had misjudged the gradient. 'I went too early in the last kilometre,' the 30-year-old said. 'On a climb like that you pay for every mistake.'

Villamizar now leads by 14 seconds heading into this weekend's final two stages around Lakes Entrance. Race director Geoff Pellow said the extreme heat forecast for Sunday could force organisers to shorten the final stage.

'If it gets to 42 degrees, we will cut it, no question,' Pellow said. 'No race is worth a rider ending up in hospital.'

Cycling Australia confirmed the race would again be part of its national road series next year.""",
[
 ("Lachlan Treloar", "PERSON", ["Lachlan Treloar", "Treloar", "Lachie"]),
 ("Mount Baw Baw", "LOC", ["Mount Baw Baw"]),
 ("Tasman Pro Cycling", "ORG", ["Tasman Pro Cycling", "Tasman"]),
 ("Traralgon", "GPE", ["Traralgon"]),
 ("Pieter Van Daele", "PERSON", ["Pieter Van Daele", "Van Daele"]),
 ("Andrés Villamizar", "PERSON", ["Andrés Villamizar", "Villamizar"]),
 ("Equipe Valmorel", "ORG", ["Equipe Valmorel"]),
 ("Warragul", "GPE", ["Warragul"]),
 ("Gippsland", "LOC", ["Gippsland"]),
 ("Kate McAlister", "PERSON", ["Kate McAlister"]),
 ("Lakes Entrance", "GPE", ["Lakes Entrance"]),
 ("Geoff Pellow", "PERSON", ["Geoff Pellow", "Pellow"]),
 ("Cycling Australia", "ORG", ["Cycling Australia"]),
],
[
 ("I've been dreaming about this climb", "Lachlan Treloar"),
 ("My whole family was up there", "Lachlan Treloar"),
 ("We knew Lachie had the legs", "Kate McAlister"),
 ("He waited, and then he didn't", "Kate McAlister"),
 ("I went too early in the", "Pieter Van Daele"),
 ("On a climb like that you", "Pieter Van Daele"),
 ("If it gets to 42 degrees", "Geoff Pellow"),
 ("No race is worth a rider", "Geoff Pellow"),
],
[
 ("Friday", "Tour of Gippsland on Friday", "2019-01-18"),
 ("last January", "national championships last January", "2018-01"),
 ("the night before", "planned the move the night before", "2019-01-17"),
 ("Wednesday", "won Wednesday's opening stage", "2019-01-16"),
 ("this weekend", "this weekend's final two stages", "2019-W03"),
 ("Sunday", "heat forecast for Sunday", "2019-01-20"),
 ("next year", "national road series next year", "2020"),
]),

"inv-92-stadium-council-vote": (
"Sacramento council backs $310 million stadium for Sierra Valley FC", "2025-02-26",
"""SACRAMENTO, Calif. — The Sacramento City Council voted 6-3 late Tuesday to approve a $310 million stadium for Sierra Valley FC on a former rail yard north of downtown, giving the women's soccer club a permanent home after more than four hours of public comment.

The 12,000-seat Delta Yards Stadium is due to break ground this fall and open in the spring of 2027. The city will contribute land and $85 million in roads and utilities, with the rest paid by the club's owners, the Halverson Group.

Mayor Denise Arbuckle called the vote "a statement about what kind of city we want to be."

"For years we have told our daughters they can play anything," Arbuckle said. "Tonight we are finally building them somewhere to play."

Council member Victor Salcedo, one of the three no votes, said the city was "writing a blank check" while facing a projected $62 million budget shortfall next year. He had wanted the project put to voters in November.

Opponents, many of them renters from the surrounding neighborhoods, warned that the stadium would push up rents. "They're going to build a stadium and we're going to be priced out of the view," said Maria Ochoa, 58, who has lived near the rail yard since 1991.

Halverson Group president Brett Halverson promised that 1,500 tickets for every home game would be set aside for nearby residents at $10 each. "This is not a stadium that turns its back on the people next door," he said.

"We will be judged on whether those neighbors come through the gates, and I want to be judged on that."

The club, which plays in a high school stadium in Elk Grove, drew record crowds last month after signing Irish striker Niamh Corrigan from Kingsmere United for a world-record fee. Corrigan attended the meeting but did not speak.

A final vote on the development agreement is scheduled for March 18, and supporters say the stadium could bring 400 permanent jobs to Sacramento.""",
[
 ("Sacramento", "GPE", ["Sacramento"]),
 ("California", "GPE", ["Calif."]),
 ("Sacramento City Council", "ORG", ["Sacramento City Council"]),
 ("Sierra Valley FC", "ORG", ["Sierra Valley FC"]),
 ("Delta Yards Stadium", "LOC", ["Delta Yards Stadium"]),
 ("Halverson Group", "ORG", ["Halverson Group"]),
 ("Denise Arbuckle", "PERSON", ["Denise Arbuckle", "Arbuckle"]),
 ("Victor Salcedo", "PERSON", ["Victor Salcedo"]),
 ("Maria Ochoa", "PERSON", ["Maria Ochoa"]),
 ("Brett Halverson", "PERSON", ["Brett Halverson"]),
 ("Elk Grove", "GPE", ["Elk Grove"]),
 ("Niamh Corrigan", "PERSON", ["Niamh Corrigan", "Corrigan"]),
 ("Kingsmere United", "ORG", ["Kingsmere United"]),
],
[
 ("a statement about what kind of", "Denise Arbuckle"),
 ("For years we have told our", "Denise Arbuckle"),
 ("Tonight we are finally building them", "Denise Arbuckle"),
 ("writing a blank check", "Victor Salcedo"),
 ("They're going to build a stadium", "Maria Ochoa"),
 ("This is not a stadium that", "Brett Halverson"),
 ("We will be judged on whether", "Brett Halverson"),
],
[
 ("Tuesday", "voted 6-3 late Tuesday", "2025-02-25"),
 ("this fall", "break ground this fall", "2025"),
 ("the spring of 2027", "open in the spring of 2027", "2027"),
 ("Tonight", "Tonight we are finally building", "2025-02-25"),
 ("next year", "budget shortfall next year", "2026"),
 ("November", "put to voters in November", "2025-11"),
 ("1991", "near the rail yard since 1991", "1991"),
 ("last month", "drew record crowds last month", "2025-01"),
 ("March 18", "scheduled for March 18", "2025-03-18"),
]),

}


HELD_OUT_LAST: dict[str, tuple] = {

"inv-93-airline-merger": (
"Matai Air to buy regional rival Pohara Airways in $410m deal", "2023-05-16",
"""Matai Air Holdings has agreed to buy regional carrier Pohara Airways for $410 million, a deal that would bring together two of New Zealand's busiest domestic airlines and leave travellers on several provincial routes with a single operator.

The Auckland-based group announced the agreement on Monday after weeks of speculation. Pohara's board has recommended that shareholders accept the offer, which values each share at $2.35, a premium of 31 per cent on Friday's closing price.

Matai chief executive Barry Whitlow said the combined airline would keep both the Matai Air and Pohara brands for at least two years. "Pohara has built something special in the regions, and we have no intention of breaking it," he told reporters at Auckland Airport. "What we can do is give it the aircraft and the balance sheet it has never had."

Whitlow said the group would also keep Pohara's maintenance base in Nelson, where the airline was founded in 1998. It now flies 14 turboprops to 11 towns, including Westport, Kaitaia and Whakatāne, but lost money in 2020 and 2021 and only returned to profit last year.

Its chair, Miriama Tautahi, said the board had looked at other options, including a capital raising. "In the end, this was the offer that best protected our staff and our routes," she said.

Not everyone was convinced. Consumer advocate Deborah Hurle said passengers in smaller centres had already seen fares climb sharply since the pandemic.

"When there is only one airline at the counter, there is only one price," she said. "The Commerce Commission needs to look at this very, very carefully."

The commission confirmed it had been notified of the deal and expected to begin its review next month. Matai said it hoped to complete the purchase by the end of the year.

Shares in Pohara jumped 27 per cent on the NZX on Monday, while Matai's were little changed.""",
[
 ("Matai Air Holdings", "ORG", ["Matai Air Holdings", "Matai Air", "Matai"]),
 ("Pohara Airways", "ORG", ["Pohara Airways", "Pohara"]),
 ("New Zealand", "GPE", ["New Zealand"]),
 ("Auckland", "GPE", ["Auckland"]),
 ("Barry Whitlow", "PERSON", ["Barry Whitlow", "Whitlow"]),
 ("Auckland Airport", "LOC", ["Auckland Airport"]),
 ("Nelson", "GPE", ["Nelson"]),
 ("Westport", "GPE", ["Westport"]),
 ("Kaitaia", "GPE", ["Kaitaia"]),
 ("Whakatāne", "GPE", ["Whakatāne"]),
 ("Miriama Tautahi", "PERSON", ["Miriama Tautahi"]),
 ("Deborah Hurle", "PERSON", ["Deborah Hurle"]),
 ("Commerce Commission", "ORG", ["Commerce Commission"]),
 ("NZX", "ORG", ["NZX"]),
],
[
 ("Pohara has built something special in", "Barry Whitlow"),
 ("What we can do is give", "Barry Whitlow"),
 ("In the end, this was the", "Miriama Tautahi"),
 ("When there is only one airline", "Deborah Hurle"),
 ("The Commerce Commission needs to look", "Deborah Hurle"),
],
[
 ("Monday", "announced the agreement on Monday", "2023-05-15"),
 ("Friday", "31 per cent on Friday's closing price", "2023-05-12"),
 ("1998", "was founded in 1998", "1998"),
 ("2020", "lost money in 2020 and 2021", "2020"),
 ("2021", "in 2020 and 2021 and only", "2021"),
 ("last year", "returned to profit last year", "2022"),
 ("next month", "begin its review next month", "2023-06"),
 ("the end of the year", "complete the purchase by the end of the year", "2023"),
 ("Monday", "on the NZX on Monday", "2023-05-15"),
]),

"inv-94-bank-branch-closures": (
"Clarendon Bank to shut 22 branches as politicians voice anger", "2022-09-07",
"""Clarendon Bank is to close 22 of its branches in Ireland, most of them in rural towns, in a move that politicians from all sides have described as a betrayal of older customers.

The bank told staff on Tuesday that the branches would shut their doors on 2 December. About 90 jobs are affected, although Clarendon said nobody would be made compulsorily redundant.

In a statement, the bank said footfall at the branches had fallen by more than half since 2019. 'More than eight in ten of our customer interactions now happen on a phone or a laptop,' it said. 'We have to invest where our customers are.'

Counties Galway, Mayo and Donegal are the worst affected, with four branches closing in each. Customers will be directed to local post offices, where some basic services will be available.

Minister for Education Orla Keaveney, whose constituency takes in both Tuam and Ballinreagh, said she had raised the matter directly with the bank's chief executive. 'I told him plainly that you cannot run a bank for people you never see,' the minister said.

Independent TD Seán Mulcahy was blunter. He said the decision was 'a slap in the face' for farmers and pensioners who had banked with Clarendon for decades, and called on Ms Keaveney's Cabinet colleagues to intervene.

The Banking and Finance Union said the closures came barely a year after the bank promised, in June 2021, to keep its network intact.

'Staff found out in a 15-minute video call,' said Sinéad Corless, the union's general secretary. 'That tells you everything.'

Clarendon's chief executive, Rupert Holroyd, is due to appear before the Joint Committee on Finance next week. In a letter to TDs last month, Mr Holroyd wrote that the bank 'remains fully committed to rural Ireland'.""",
[
 ("Clarendon Bank", "ORG", ["Clarendon Bank", "Clarendon"]),
 ("Ireland", "GPE", ["Ireland"]),
 ("Galway", "GPE", ["Galway"]),
 ("Mayo", "GPE", ["Mayo"]),
 ("Donegal", "GPE", ["Donegal"]),
 ("Orla Keaveney", "PERSON", ["Orla Keaveney", "Keaveney"]),
 ("Tuam", "GPE", ["Tuam"]),
 ("Ballinreagh", "GPE", ["Ballinreagh"]),
 ("Seán Mulcahy", "PERSON", ["Seán Mulcahy"]),
 ("Banking and Finance Union", "ORG", ["Banking and Finance Union"]),
 ("Sinéad Corless", "PERSON", ["Sinéad Corless"]),
 ("Rupert Holroyd", "PERSON", ["Rupert Holroyd", "Holroyd"]),
 ("Joint Committee on Finance", "ORG", ["Joint Committee on Finance"]),
],
[
 ("More than eight in ten of our", "Clarendon Bank"),
 ("We have to invest where our", "Clarendon Bank"),
 ("I told him plainly that you", "Orla Keaveney"),
 ("a slap in the face", "Seán Mulcahy"),
 ("Staff found out in a 15-minute", "Sinéad Corless"),
 ("That tells you everything.", "Sinéad Corless"),
 ("remains fully committed to rural Ireland", "Rupert Holroyd"),
],
[
 ("Tuesday", "told staff on Tuesday that", "2022-09-06"),
 ("2 December", "shut their doors on 2 December", "2022-12-02"),
 ("2019", "by more than half since 2019", "2019"),
 ("June 2021", "promised, in June 2021, to keep", "2021-06"),
 ("next week", "Joint Committee on Finance next week", "2022-W37"),
 ("last month", "In a letter to TDs last month", "2022-08"),
]),

"inv-95-rugby-coach": (
"Albatross name Ruatapu as head coach", "2023-10-19",
"""The Wellington Albatross have named Hemi Ruatapu as their new head coach, ending a two-month search that began when Wayne Fennessy walked out of the club in August.

Ruatapu, 46, has spent the past four seasons in charge of the Taranaki Lancers, whom he guided to the provincial championship title in 2021. He signed a three-year contract on Wednesday and will start work on 1 November, the club said.

"Hemi is a builder," Albatross chief executive Rachel Pomare said. "He takes young players nobody has heard of and turns them into people the whole country is talking about. That's what this club needs right now."

Ruatapu, who was born in Wellington but left as a teenager, said he had been watching the Albatross from a distance for years.

"I stood on the bank at Harbourside Park as a kid and watched this team win things," he said. "To come back and coach it is humbling, to be honest.

"But I'm not here to be humble. I'm here to win."

The Albatross finished ninth in the championship this year, their worst result since 2009, and lost Fennessy after a public falling-out with the board over player recruitment. Fennessy, who has since joined a club in Japan, declined to comment on the appointment.

Players were told the news at training on Thursday morning. Captain Tama Heremaia said the squad was excited. "He's honest and he's hard, and that's what we've been missing," the lock said.

The club's main sponsor, Matai Air, also welcomed the appointment. A spokeswoman for the airline said it had extended its sponsorship until 2026 "on the strength of the club's plans for the next few seasons".""",
[
 ("Wellington Albatross", "ORG", ["Wellington Albatross", "Albatross"]),
 ("Hemi Ruatapu", "PERSON", ["Hemi Ruatapu", "Ruatapu", "Hemi"]),
 ("Wayne Fennessy", "PERSON", ["Wayne Fennessy", "Fennessy"]),
 ("Taranaki Lancers", "ORG", ["Taranaki Lancers"]),
 ("Rachel Pomare", "PERSON", ["Rachel Pomare"]),
 ("Wellington", "GPE", ["Wellington"]),
 ("Harbourside Park", "LOC", ["Harbourside Park"]),
 ("Japan", "GPE", ["Japan"]),
 ("Tama Heremaia", "PERSON", ["Tama Heremaia"]),
 ("Matai Air", "ORG", ["Matai Air"]),
],
[
 ("Hemi is a builder", "Rachel Pomare"),
 ("He takes young players nobody has", "Rachel Pomare"),
 ("I stood on the bank at", "Hemi Ruatapu"),
 ("To come back and coach it", "Hemi Ruatapu"),
 ("But I'm not here to be", "Hemi Ruatapu"),
 ("He's honest and he's hard", "Tama Heremaia"),
 ("on the strength of the club's", "Matai Air"),
],
[
 ("August", "walked out of the club in August", "2023-08"),
 ("2021", "championship title in 2021", "2021"),
 ("Wednesday", "three-year contract on Wednesday", "2023-10-18"),
 ("1 November", "start work on 1 November", "2023-11-01"),
 ("this year", "ninth in the championship this year", "2023"),
 ("2009", "worst result since 2009", "2009"),
 ("Thursday", "at training on Thursday morning", "2023-10-19"),
 ("2026", "sponsorship until 2026", "2026"),
]),

"inv-96-mountain-pass-landslide": (
"Three hurt as landslide buries cars on Western Cape pass", "2024-02-12",
"""CAPE TOWN — Three people were injured and at least five vehicles were buried when a section of mountainside collapsed onto the Skurweberg Pass in the Western Cape on Sunday morning, officials said.

Rescue teams worked through the night to clear rock and mud from the road, which links the farming town of Rooiklip with Worcester.

Provincial disaster management spokesperson Nomvula Mbatha said the slip happened shortly after 9am, following three days of heavy rain over the Boland. "A large part of the slope above the road simply gave way," she said. "We are very fortunate that nobody was killed."

The injured, including a seven-year-old girl, were taken to hospital in Worcester. Two have since been discharged.

Motorist Pieter-Jan Steyn, who was driving behind a minibus taxi when the slope collapsed, said he saw rocks "the size of fridges" bouncing across the tar.

"I just put my foot on the brake and prayed," said Steyn, a 52-year-old farmer from Rooiklip. "The taxi in front of me was pushed right to the edge."

Engineers from Cape Geotech, a firm contracted by the province, began assessing the slope on Monday. The pass will remain closed until at least Friday, and motorists have been told to use a detour that adds about 90 minutes to the journey.

Local ward councillor Johan Adonis said residents had complained about loose rock above the road for years, and that the municipality had asked for the slope to be stabilised in 2018.

"We wrote letter after letter," he said. "Nobody came."

The pass, built in the 1930s, was last closed by a rockfall in 2013. The South African Weather Service has warned of more rain over the mountains on Wednesday.""",
[
 ("Cape Town", "GPE", ["CAPE TOWN"]),
 ("Skurweberg Pass", "LOC", ["Skurweberg Pass"]),
 ("Western Cape", "GPE", ["Western Cape"]),
 ("Rooiklip", "GPE", ["Rooiklip"]),
 ("Worcester", "GPE", ["Worcester"]),
 ("Nomvula Mbatha", "PERSON", ["Nomvula Mbatha"]),
 ("Boland", "LOC", ["Boland"]),
 ("Pieter-Jan Steyn", "PERSON", ["Pieter-Jan Steyn", "Steyn"]),
 ("Cape Geotech", "ORG", ["Cape Geotech"]),
 ("Johan Adonis", "PERSON", ["Johan Adonis"]),
 ("South African Weather Service", "ORG", ["South African Weather Service"]),
],
[
 ("A large part of the slope", "Nomvula Mbatha"),
 ("We are very fortunate that nobody", "Nomvula Mbatha"),
 ("the size of fridges", "Pieter-Jan Steyn"),
 ("I just put my foot on", "Pieter-Jan Steyn"),
 ("The taxi in front of me", "Pieter-Jan Steyn"),
 ("We wrote letter after letter", "Johan Adonis"),
 ("Nobody came.", "Johan Adonis"),
],
[
 ("Sunday", "in the Western Cape on Sunday morning", "2024-02-11"),
 ("Monday", "assessing the slope on Monday", "2024-02-12"),
 ("Friday", "remain closed until at least Friday", "2024-02-16"),
 ("2018", "slope to be stabilised in 2018", "2018"),
 ("the 1930s", "built in the 1930s", "193"),
 ("2013", "by a rockfall in 2013", "2013"),
 ("Wednesday", "over the mountains on Wednesday", "2024-02-14"),
]),

"inv-97-housing-mould": (
"Housing association apologises after mould left toddler in hospital", "2021-11-23",
"""A housing association in West Yorkshire has apologised to a family whose two-year-old son was admitted to hospital with breathing problems after they spent more than a year living with black mould in their flat.

Calder Vale Homes, which manages about 9,000 properties across Halifax and Huddersfield, admitted in a letter to the family that it had 'failed to act with the urgency the situation demanded'.

Kirsty Owusu, 29, first reported damp in the flat on the Beacon Heights estate in August 2020. She says contractors visited three times but only painted over the mould, which had spread to the walls of her son's room by the spring.

Her son, Jayden, was admitted to hospital twice in October with a chest infection. His GP wrote to the housing association last month warning that the conditions were affecting his health.

'I'd scrub the walls on a weekend and by midweek it was back,' Ms Owusu said. 'I was sleeping with him in the living room because I couldn't put him in that bedroom. Nobody would listen until he ended up on a ward.'

The family were moved to a new home over the weekend.

In a statement, Calder Vale's chief executive, Martin Greaves, said: 'Kirsty and her son were let down, and I am truly sorry. We have commissioned an independent review of how her complaints were handled, and we will publish it in full.'

Mr Greaves said the association would inspect every one of its properties for damp and mould by the end of March.

Housing campaigner Dr Femi Adebanjo, of the tenants' group Homes Fit for Families, said the case was 'sadly far from unique'.

'Landlords have been treating mould as a lifestyle problem, telling tenants to open a window,' he said. 'It is a health problem, and it should be treated as one.'

The Housing Ombudsman, which published a report on damp and mould in October, said it was aware of the case and had asked Calder Vale for information.""",
[
 ("West Yorkshire", "GPE", ["West Yorkshire"]),
 ("Calder Vale Homes", "ORG", ["Calder Vale Homes", "Calder Vale"]),
 ("Halifax", "GPE", ["Halifax"]),
 ("Huddersfield", "GPE", ["Huddersfield"]),
 ("Kirsty Owusu", "PERSON", ["Kirsty Owusu", "Owusu", "Kirsty"]),
 ("Beacon Heights", "LOC", ["Beacon Heights"]),
 ("Jayden", "PERSON", ["Jayden"]),
 ("Martin Greaves", "PERSON", ["Martin Greaves", "Greaves"]),
 ("Femi Adebanjo", "PERSON", ["Femi Adebanjo"]),
 ("Homes Fit for Families", "ORG", ["Homes Fit for Families"]),
 ("Housing Ombudsman", "ORG", ["Housing Ombudsman"]),
],
[
 ("failed to act with the urgency", "Calder Vale Homes"),
 ("I'd scrub the walls on a", "Kirsty Owusu"),
 ("I was sleeping with him in", "Kirsty Owusu"),
 ("Kirsty and her son were let", "Martin Greaves"),
 ("sadly far from unique", "Femi Adebanjo"),
 ("Landlords have been treating mould as", "Femi Adebanjo"),
 ("It is a health problem, and", "Femi Adebanjo"),
],
[
 ("August 2020", "Beacon Heights estate in August 2020", "2020-08"),
 ("the spring", "her son's room by the spring", "2021"),
 ("October", "twice in October with a chest infection", "2021-10"),
 ("last month", "housing association last month warning", "2021-10"),
 ("the weekend", "moved to a new home over the weekend", "2021-W46"),
 ("the end of March", "damp and mould by the end of March", "2022-03"),
 ("October", "damp and mould in October, said", "2021-10"),
]),

"inv-98-satellite-contract": (
"Ottawa firm Veltrix wins $180-million satellite ground contract", "2022-03-30",
"""OTTAWA — The Canadian Space Agency has awarded a $180-million contract to Veltrix Systems Inc. to build the ground control network for a new fleet of Arctic monitoring satellites, the federal government announced Tuesday.

Under the deal, the Kanata-based company will design and run the software and receiving stations that track the four satellites and download their images once they are launched, which is expected in 2025.

"This is Canadian technology watching over Canadian territory," Innovation Minister Daniel Ferland said at the announcement in Ottawa. "It means better information for northern communities, for search and rescue, and for our sovereignty in the Arctic."

The agency said the network would include new antenna sites near Inuvik, N.W.T., and Iqaluit. It said three companies had bid for the work and that the evaluation was completed in January.

Veltrix president Paola Marchetti called the contract the largest in the company's 19-year history. She said Veltrix would hire about 120 engineers in Ottawa and Montreal over the next two years.

"We have been building up to this for a long time," Marchetti said in an interview. "Our people have worked on every major Canadian satellite project since 2010, but always as a subcontractor. This time we are the prime."

Analyst Chidi Okoro of Beaumont Capital Markets said the win would help the company diversify away from telecom clients, who cut their spending sharply last year.

"It's a validation of the technology, but it's also a very public test," he said. "If the ground segment is late, everyone will know whose name is on it."

The CSA's last major ground-station contract, awarded in 2016, went to a consortium led by a Quebec firm.

Shares of Veltrix rose 11 per cent on the Toronto Stock Exchange on Tuesday.""",
[
 ("Ottawa", "GPE", ["OTTAWA", "Ottawa"]),
 ("Canadian Space Agency", "ORG", ["Canadian Space Agency", "CSA"]),
 ("Veltrix Systems Inc.", "ORG", ["Veltrix Systems Inc.", "Veltrix"]),
 ("Arctic", "LOC", ["Arctic"]),
 ("Kanata", "GPE", ["Kanata"]),
 ("Daniel Ferland", "PERSON", ["Daniel Ferland"]),
 ("Inuvik", "GPE", ["Inuvik"]),
 ("Northwest Territories", "GPE", ["N.W.T."]),
 ("Iqaluit", "GPE", ["Iqaluit"]),
 ("Paola Marchetti", "PERSON", ["Paola Marchetti", "Marchetti"]),
 ("Montreal", "GPE", ["Montreal"]),
 ("Chidi Okoro", "PERSON", ["Chidi Okoro"]),
 ("Beaumont Capital Markets", "ORG", ["Beaumont Capital Markets"]),
 ("Quebec", "GPE", ["Quebec"]),
 ("Toronto Stock Exchange", "ORG", ["Toronto Stock Exchange"]),
],
[
 ("This is Canadian technology watching over", "Daniel Ferland"),
 ("It means better information for northern", "Daniel Ferland"),
 ("We have been building up to", "Paola Marchetti"),
 ("Our people have worked on every", "Paola Marchetti"),
 ("It's a validation of the technology", "Chidi Okoro"),
 ("If the ground segment is late", "Chidi Okoro"),
],
[
 ("Tuesday", "federal government announced Tuesday", "2022-03-29"),
 ("2025", "which is expected in 2025", "2025"),
 ("January", "evaluation was completed in January", "2022-01"),
 ("2010", "satellite project since 2010", "2010"),
 ("last year", "their spending sharply last year", "2021"),
 ("2016", "contract, awarded in 2016, went", "2016"),
 ("Tuesday", "Toronto Stock Exchange on Tuesday", "2022-03-29"),
]),

"inv-99-teachers-pay-deal": (
"Secondary teachers back pay deal worth almost 9pc", "2023-09-11",
"""Second-level teachers will receive pay rises worth almost 9 per cent over two years after their unions voted to accept a deal negotiated with the Department of Education over the summer.

Members of the Irish Secondary Teachers' Union (ISTU) voted 71 per cent in favour in a ballot that closed on Friday, while the Federation of Vocational Teachers (FVT) announced on Saturday that its members had backed the deal by a narrower margin.

Under the agreement, salaries will rise by 3 per cent from 1 October, by a further 3 per cent next spring and by 2.5 per cent in October 2024. An allowance for teachers who take on year-head duties, abolished in 2012, will also be restored.

Minister for Education Orla Keaveney welcomed the result. "Teachers have been patient, and this deal recognises that," she said in a statement. "It also gives schools some certainty as they draw up their budgets."

ISTU general secretary Donal Furlong said the deal was "not perfect, but real". He warned that the union would keep campaigning on housing costs, which he said were driving young teachers out of Dublin.

"We have schools in south Dublin that cannot fill a maths post for love nor money," Mr Furlong said. "You can't fix that with 9 per cent."

The FVT's president, Gráinne Rooney, said the closer vote reflected anger among staff in further education colleges, who will not receive the restored allowance.

"A lot of our members feel they have been left behind again," she told reporters. "We will be raising that at the very first opportunity."

Talks broke down twice in May before resuming at the Workplace Relations Commission in June. Ms Keaveney said the deal would cost about €385 million over its lifetime.""",
[
 ("Department of Education", "ORG", ["Department of Education"]),
 ("Irish Secondary Teachers' Union", "ORG", ["Irish Secondary Teachers' Union", "ISTU"]),
 ("Federation of Vocational Teachers", "ORG", ["Federation of Vocational Teachers", "FVT"]),
 ("Orla Keaveney", "PERSON", ["Orla Keaveney", "Keaveney"]),
 ("Donal Furlong", "PERSON", ["Donal Furlong", "Furlong"]),
 ("Dublin", "GPE", ["Dublin"]),
 ("Gráinne Rooney", "PERSON", ["Gráinne Rooney"]),
 ("Workplace Relations Commission", "ORG", ["Workplace Relations Commission"]),
],
[
 ("Teachers have been patient, and this", "Orla Keaveney"),
 ("It also gives schools some certainty", "Orla Keaveney"),
 ("not perfect, but real", "Donal Furlong"),
 ("We have schools in south Dublin", "Donal Furlong"),
 ("You can't fix that with 9", "Donal Furlong"),
 ("A lot of our members feel", "Gráinne Rooney"),
 ("We will be raising that at", "Gráinne Rooney"),
],
[
 ("the summer", "Department of Education over the summer", "2023"),
 ("Friday", "ballot that closed on Friday", "2023-09-08"),
 ("Saturday", "announced on Saturday that its members", "2023-09-09"),
 ("1 October", "3 per cent from 1 October", "2023-10-01"),
 ("next spring", "a further 3 per cent next spring", "2024"),
 ("October 2024", "2.5 per cent in October 2024", "2024-10"),
 ("2012", "abolished in 2012", "2012"),
 ("May", "Talks broke down twice in May", "2023-05"),
 ("June", "Workplace Relations Commission in June", "2023-06"),
]),

"inv-100-zoo-escape": (
"Escaped red panda found in backyard tree two days later", "2024-07-08",
"""A red panda that escaped from the Elmridge Zoo in Dayton, Ohio, was found safe on Sunday morning, curled up in a maple tree in a backyard less than a mile from its enclosure, officials said.

The 4-year-old male, named Tamo, was discovered missing during a routine headcount Friday evening. Zoo staff believe he climbed a tree that had grown too close to the fence and dropped to the other side.

Homeowner Carla Jennings spotted him around 7 a.m. while letting her dog out.

"I thought it was a raccoon at first, and then I saw that big striped tail," she said. "I've lived here 30 years and that's a first."

Keepers coaxed the animal down with bamboo and grapes after about an hour. The zoo's director, Dr. Marcus Delahunt, said he had been checked by a veterinarian.

"He was a little dehydrated and very hungry, but otherwise he seems fine," Delahunt said Sunday afternoon. "Honestly, he looked pretty pleased with himself."

Red pandas are listed as endangered by the International Union for Conservation of Nature, and Tamo is part of a breeding program shared with other American zoos. The Dayton Police Department had asked residents not to approach him, warning that the animals can bite when frightened.

In a statement, the zoo said the tree had been cut down on Saturday and that it was "reviewing every enclosure, not just this one." Tamo will stay in an indoor den until next week.

It is the zoo's second escape in just over a year. In May 2023, a pair of otters squeezed through a gap in a drainage grate and were recaptured in nearby Wolf Creek.

City Commissioner Janelle Porter said she would ask for a briefing at the commission's meeting on Wednesday. "We are lucky this ended with a photo opportunity and not something worse," Porter said.""",
[
 ("Elmridge Zoo", "ORG", ["Elmridge Zoo"]),
 ("Dayton", "GPE", ["Dayton"]),
 ("Ohio", "GPE", ["Ohio"]),
 ("Carla Jennings", "PERSON", ["Carla Jennings"]),
 ("Marcus Delahunt", "PERSON", ["Marcus Delahunt", "Delahunt"]),
 ("International Union for Conservation of Nature", "ORG", ["International Union for Conservation of Nature"]),
 ("Dayton Police Department", "ORG", ["Dayton Police Department"]),
 ("Wolf Creek", "LOC", ["Wolf Creek"]),
 ("Janelle Porter", "PERSON", ["Janelle Porter", "Porter"]),
],
[
 ("I thought it was a raccoon", "Carla Jennings"),
 ("I've lived here 30 years and", "Carla Jennings"),
 ("He was a little dehydrated and", "Marcus Delahunt"),
 ("Honestly, he looked pretty pleased with", "Marcus Delahunt"),
 ("reviewing every enclosure, not just this", "Elmridge Zoo"),
 ("We are lucky this ended with", "Janelle Porter"),
],
[
 ("Sunday", "found safe on Sunday morning", "2024-07-07"),
 ("Friday", "routine headcount Friday evening", "2024-07-05"),
 ("Sunday", "Delahunt said Sunday afternoon", "2024-07-07"),
 ("Saturday", "cut down on Saturday", "2024-07-06"),
 ("next week", "indoor den until next week", "2024-W29"),
 ("May 2023", "In May 2023, a pair of otters", "2023-05"),
 ("Wednesday", "commission's meeting on Wednesday", "2024-07-10"),
]),

"inv-101-chemical-plant-fire": (
"Jurong Island chemical plant fire put out after 14 hours", "2021-04-27",
"""SINGAPORE — A fire that broke out at a chemical plant on Jurong Island on Sunday afternoon was extinguished at about 4.30am the next day, after sending a column of black smoke drifting over the west of Singapore.

The blaze started in a storage tank at a facility operated by Meridian Petrochem, which makes solvents and resins for the construction industry. Two workers were taken to hospital with burns and are in stable condition, the Singapore Civil Defence Force (SCDF) said.

About 120 firefighters and 40 emergency vehicles were deployed. In a statement on Monday, the SCDF said its officers had used foam to stop the fire from spreading to three neighbouring tanks.

"The fire was intense and the risk of escalation was significant," the statement said. "Our officers worked through the night in very difficult conditions."

The National Environment Agency said air quality in Jurong West and Boon Lay had briefly reached unhealthy levels on Sunday evening but had since returned to normal.

Meridian Petrochem's plant manager, Tan Wei Liang, said the company was cooperating fully with investigators. "Our priority now is our two colleagues and their families," he said, adding that the cause of the fire was not yet known.

Mr Tan said the plant had passed a safety audit in January.

The Ministry of Manpower has issued a stop-work order for the affected section of the facility while it investigates.

Jurong West resident Nur Aisyah Rahman, 34, said she closed all her windows after smelling smoke. "My kids were coughing, so we stayed with my mother in Bedok until yesterday," she said.

It is the second fire on Jurong Island this year, after a blaze at a nearby refinery in February in which no one was hurt.""",
[
 ("Singapore", "GPE", ["SINGAPORE", "Singapore"]),
 ("Jurong Island", "LOC", ["Jurong Island"]),
 ("Meridian Petrochem", "ORG", ["Meridian Petrochem"]),
 ("Singapore Civil Defence Force", "ORG", ["Singapore Civil Defence Force", "SCDF"]),
 ("National Environment Agency", "ORG", ["National Environment Agency"]),
 ("Jurong West", "GPE", ["Jurong West"]),
 ("Boon Lay", "GPE", ["Boon Lay"]),
 ("Tan Wei Liang", "PERSON", ["Tan Wei Liang", "Tan"]),
 ("Ministry of Manpower", "ORG", ["Ministry of Manpower"]),
 ("Nur Aisyah Rahman", "PERSON", ["Nur Aisyah Rahman"]),
 ("Bedok", "GPE", ["Bedok"]),
],
[
 ("The fire was intense and the", "Singapore Civil Defence Force"),
 ("Our officers worked through the night", "Singapore Civil Defence Force"),
 ("Our priority now is our two", "Tan Wei Liang"),
 ("My kids were coughing, so we", "Nur Aisyah Rahman"),
],
[
 ("Sunday", "Jurong Island on Sunday afternoon", "2021-04-25"),
 ("the next day", "about 4.30am the next day", "2021-04-26"),
 ("Monday", "In a statement on Monday", "2021-04-26"),
 ("Sunday", "unhealthy levels on Sunday evening", "2021-04-25"),
 ("January", "passed a safety audit in January", "2021-01"),
 ("yesterday", "in Bedok until yesterday", "2021-04-26"),
 ("this year", "fire on Jurong Island this year", "2021"),
 ("February", "nearby refinery in February", "2021-02"),
]),

"inv-102-charity-fraud-sentencing": (
"Charity treasurer jailed for stealing £186,000 from hospice fund", "2020-02-21",
"""A former treasurer of a County Antrim cancer charity has been jailed for two years after admitting stealing more than £186,000 from its accounts to pay off gambling debts.

Raymond Gilliland, 61, from Ballycorran, was treasurer of the Larkhill Hospice Support Group from 2013 until 2018, when the charity's new chair noticed irregularities in its bank statements.

Belfast Crown Court heard on Thursday that Gilliland made 214 transfers from the charity's Clarendon Bank account into his own accounts and disguised the withdrawals as payments to suppliers.

Sentencing him, Judge Alastair McCrea said Gilliland had 'betrayed the trust of people who gave what they could afford, and often more than they could afford'.

'The money was raised at coffee mornings and sponsored walks by people who had watched relatives die,' the judge said. 'It was spent in online casinos.'

Gilliland, who pleaded guilty in November to 14 counts of fraud by abuse of position, will serve one year in custody and one on licence.

In a victim impact statement read to the court, the charity's chair, Patricia Doherty, said volunteers had been left heartbroken.

'We had to cancel a family support programme we had run for ten years,' she wrote. 'Some of our volunteers have not come back.'

Defence barrister Eoghan Magee said his client had 'hit rock bottom' and had repaid £40,000 after selling his house last summer.

Clarendon Bank said it had since 'strengthened its checks on charity accounts', but declined to comment further.

Speaking outside court, Detective Sergeant Heather Quigg, of the Police Service of Northern Ireland, said: 'This was a calculated, sustained fraud against a small charity run entirely by volunteers. I hope this sentence sends a message.'""",
[
 ("County Antrim", "GPE", ["County Antrim"]),
 ("Raymond Gilliland", "PERSON", ["Raymond Gilliland", "Gilliland"]),
 ("Ballycorran", "GPE", ["Ballycorran"]),
 ("Larkhill Hospice Support Group", "ORG", ["Larkhill Hospice Support Group"]),
 ("Belfast Crown Court", "ORG", ["Belfast Crown Court"]),
 ("Clarendon Bank", "ORG", ["Clarendon Bank"]),
 ("Alastair McCrea", "PERSON", ["Alastair McCrea"]),
 ("Patricia Doherty", "PERSON", ["Patricia Doherty"]),
 ("Eoghan Magee", "PERSON", ["Eoghan Magee"]),
 ("Heather Quigg", "PERSON", ["Heather Quigg"]),
 ("Police Service of Northern Ireland", "ORG", ["Police Service of Northern Ireland"]),
],
[
 ("betrayed the trust of people who", "Alastair McCrea"),
 ("The money was raised at coffee", "Alastair McCrea"),
 ("It was spent in online casinos.", "Alastair McCrea"),
 ("We had to cancel a family", "Patricia Doherty"),
 ("Some of our volunteers have not", "Patricia Doherty"),
 ("hit rock bottom", "Eoghan Magee"),
 ("strengthened its checks on charity accounts", "Clarendon Bank"),
 ("This was a calculated, sustained fraud", "Heather Quigg"),
],
[
 ("2013", "from 2013 until 2018", "2013"),
 ("2018", "until 2018, when the charity's", "2018"),
 ("Thursday", "Belfast Crown Court heard on Thursday", "2020-02-20"),
 ("November", "pleaded guilty in November", "2019-11"),
 ("last summer", "selling his house last summer", "2019"),
]),

"inv-103-tennis-final": (
"Kessler saves match point to win Lakeshore Open", "2019-08-12",
"""Maddie Kessler saved a match point in the second-set tiebreaker and went on to beat Ana Petrović 4-6, 7-6 (8), 6-3 in the final of the Lakeshore Open in Chicago on Sunday, the biggest title of the 22-year-old American's career.

Kessler, ranked 41st, trailed by a set and 5-6 in the tiebreaker when Petrović netted a routine forehand. She won 10 of the last 13 points of the set and broke early in the third in front of a crowd of 7,400 at the Halsted Tennis Center.

"Honestly, I thought I was going home," Kessler said. "At match point you just tell yourself, make her play one more ball. She missed, and suddenly the whole stadium was behind me."

Petrović, the fourth seed from Serbia, was gracious in defeat.

"Maddie played unbelievable in the third set," the 26-year-old said. "I had my chance and I didn't take it. That's tennis."

Petrović had beaten Kessler in straight sets when they last met, in Stuttgart in 2018.

Kessler, who grew up in Evanston, has been working with coach Rob Ainsley since January. He said the win had been coming since she reached the quarterfinals in Miami in March.

"She's been knocking on the door for months," Ainsley said. "Now she's kicked it down."

The victory will lift Kessler into the top 25 when the WTA rankings are published later today. She heads next to New York for the season's final major, which begins on Aug. 26.""",
[
 ("Maddie Kessler", "PERSON", ["Maddie Kessler", "Kessler", "Maddie"]),
 ("Ana Petrović", "PERSON", ["Ana Petrović", "Petrović"]),
 ("Chicago", "GPE", ["Chicago"]),
 ("Halsted Tennis Center", "LOC", ["Halsted Tennis Center"]),
 ("Serbia", "GPE", ["Serbia"]),
 ("Stuttgart", "GPE", ["Stuttgart"]),
 ("Evanston", "GPE", ["Evanston"]),
 ("Rob Ainsley", "PERSON", ["Rob Ainsley", "Ainsley"]),
 ("Miami", "GPE", ["Miami"]),
 ("WTA", "ORG", ["WTA"]),
 ("New York", "GPE", ["New York"]),
],
[
 ("Honestly, I thought I was going", "Maddie Kessler"),
 ("At match point you just tell", "Maddie Kessler"),
 ("Maddie played unbelievable in the third", "Ana Petrović"),
 ("I had my chance and I", "Ana Petrović"),
 ("She's been knocking on the door", "Rob Ainsley"),
 ("Now she's kicked it down.", "Rob Ainsley"),
],
[
 ("Sunday", "Lakeshore Open in Chicago on Sunday", "2019-08-11"),
 ("2018", "in Stuttgart in 2018", "2018"),
 ("January", "coach Rob Ainsley since January", "2019-01"),
 ("March", "quarterfinals in Miami in March", "2019-03"),
 ("today", "are published later today", "2019-08-12"),
 ("Aug. 26", "which begins on Aug. 26", "2019-08-26"),
]),

"inv-104-tech-layoffs": (
"Veltrix to cut 350 jobs as union vows to fight", "2024-01-25",
"""Veltrix Systems will eliminate about 350 jobs, or 14 per cent of its workforce, the Ottawa technology company said Wednesday, blaming a slump in demand from telecom customers and the rising cost of borrowing.

Most of the cuts will fall in Kanata and Montreal, where the company has its two largest offices. The reductions are to be completed by the end of April.

In a memo to staff, chief executive Paola Marchetti said the decision was "painful but necessary."

"We grew quickly through 2022 on the assumption that our telecom business would keep expanding at the same pace," she wrote. "It did not, and we have to be honest about that."

She said the company's space division, which is building ground stations for the Canadian Space Agency under a contract won in 2022, would not be affected.

A week ago, Marchetti told an investor conference in Toronto that Veltrix was "well positioned" for 2024.

The cuts drew an angry response from the Technical and Professional Employees Union (TPEU), which has represented about 600 Veltrix engineers and testers since a certification vote in 2021.

"These are the same people who worked weekends to deliver the space contract on time, and this is how they are thanked," said Sylvie Thibodeau, the union's president.

Thibodeau said the TPEU would file a grievance over the company's failure to give the notice required under its collective agreement, and had asked to meet management next week.

"We are not going to accept a press release as consultation," she said.

A company spokesman said Veltrix had "followed every requirement of the agreement" and would offer severance above the legal minimum.

The layoffs follow 120 job cuts last September. Kanata MPP Kavya Venkataraman said she was "deeply worried" about the effect on the local economy.

Veltrix shares fell 6 per cent on the Toronto Stock Exchange on Wednesday.""",
[
 ("Veltrix Systems", "ORG", ["Veltrix Systems", "Veltrix"]),
 ("Ottawa", "GPE", ["Ottawa"]),
 ("Kanata", "GPE", ["Kanata"]),
 ("Montreal", "GPE", ["Montreal"]),
 ("Paola Marchetti", "PERSON", ["Paola Marchetti", "Marchetti"]),
 ("Canadian Space Agency", "ORG", ["Canadian Space Agency"]),
 ("Toronto", "GPE", ["Toronto"]),
 ("Technical and Professional Employees Union", "ORG", ["Technical and Professional Employees Union", "TPEU"]),
 ("Sylvie Thibodeau", "PERSON", ["Sylvie Thibodeau", "Thibodeau"]),
 ("Kavya Venkataraman", "PERSON", ["Kavya Venkataraman"]),
 ("Toronto Stock Exchange", "ORG", ["Toronto Stock Exchange"]),
],
[
 ("painful but necessary", "Paola Marchetti"),
 ("We grew quickly through 2022 on", "Paola Marchetti"),
 ("It did not, and we have", "Paola Marchetti"),
 ("well positioned", "Paola Marchetti"),
 ("These are the same people who", "Sylvie Thibodeau"),
 ("We are not going to accept", "Sylvie Thibodeau"),
 ("followed every requirement of the agreement", "Veltrix Systems"),
 ("deeply worried", "Kavya Venkataraman"),
],
[
 ("Wednesday", "technology company said Wednesday", "2024-01-24"),
 ("the end of April", "completed by the end of April", "2024-04"),
 ("2022", "grew quickly through 2022", "2022"),
 ("2022", "under a contract won in 2022", "2022"),
 ("A week ago", "A week ago, Marchetti told", "2024-W03"),
 ("2024", "\"well positioned\" for 2024", "2024"),
 ("2021", "certification vote in 2021", "2021"),
 ("next week", "asked to meet management next week", "2024-W05"),
 ("last September", "120 job cuts last September", "2023-09"),
 ("Wednesday", "Toronto Stock Exchange on Wednesday", "2024-01-24"),
]),

}
