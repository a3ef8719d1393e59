"""Session 21's invented articles, written by two helper sessions from one brief each, at the
start of the session, before its rules: they had not seen the rules' code or their output, and
the engineer who wrote the rules never read them, only their total scores.
`HELD_OUT_WHILE_WRITING` (inv-105 … inv-116) served as session 21's held-out check while its rules
were written; `HELD_OUT_LAST` (inv-117 … inv-128) was scored once, at the session's end.
Same format as `make_gold.ARTICLES`; a quote may carry a third item, the speakers it accepts.
Where an entity is named in two articles, its gold name is the same in both, even where one
article writes only a shorter form (so that the site-wide measure sees one entity).
"""

# fmt: off
HELD_OUT_WHILE_WRITING: dict[str, tuple] = {

"inv-105-by-election-result": (
"Lib Dems overturn 9,000 majority to win Ashcombe and Wellow", "2025-03-07",
"""The Liberal Democrats have won the Ashcombe and Wellow by-election in Somerset, overturning a Conservative majority of more than 9,000 in a seat the Tories had held since 1992.

Dr Abena Whitcombe, a former GP and local councillor, took 16,482 votes, 3,118 ahead of the Conservative candidate, Giles Fenwick. Reform UK's Dean Pollitt was third and Labour fourth. Turnout was 41.2 per cent.

The contest was called after the sitting MP, Sir Anthony Rudd-Harker, announced on 21 January that he would stand down on health grounds.

Speaking at the count at Ashcombe Leisure Centre shortly after 3am on Friday, Dr Whitcombe said voters had sent 'a very clear message that they are tired of being taken for granted'.

'People here have waited too long for a GP appointment, too long for a bus that actually turns up and too long for anyone in London to listen,' she told supporters. 'From Monday, that changes.'

Mr Fenwick, who farms near Wellow, congratulated his opponent and said he would 'reflect carefully' before deciding whether to stand again.

The Liberal Democrats said in a statement that it was their first gain from the Conservatives in the South West since last July's general election.

Professor Nadia Kowalczyk, a political scientist at the University of Bath, said the swing of almost 14 points was in line with other recent by-elections. 'Seats like this used to be safe for the Conservatives in any weather,' she said. 'On this evidence, there is no such thing as a safe seat in the South West any more.'

Reform UK, which had hoped to finish second, said its share of the vote had more than tripled since 2024.

Polls closed at 10pm on Thursday, and the result was declared just after 3am. Dr Whitcombe is expected to be sworn in as an MP on Tuesday.""",
[
 ("Liberal Democrats", "ORG", ["Liberal Democrats"]),
 ("Ashcombe and Wellow", "GPE", ["Ashcombe and Wellow"]),
 ("Somerset", "GPE", ["Somerset"]),
 ("Conservative Party", "ORG", ["Tories", "Conservatives"]),
 ("Abena Whitcombe", "PERSON", ["Abena Whitcombe", "Whitcombe"]),
 ("Giles Fenwick", "PERSON", ["Giles Fenwick", "Fenwick"]),
 ("Reform UK", "ORG", ["Reform UK"]),
 ("Dean Pollitt", "PERSON", ["Dean Pollitt"]),
 ("Labour Party", "ORG", ["Labour"]),
 ("Anthony Rudd-Harker", "PERSON", ["Anthony Rudd-Harker"]),
 ("Ashcombe Leisure Centre", "LOC", ["Ashcombe Leisure Centre"]),
 ("London", "GPE", ["London"]),
 ("Wellow", "GPE", ["Wellow"]),
 ("South West", "LOC", ["South West"]),
 ("Nadia Kowalczyk", "PERSON", ["Nadia Kowalczyk"]),
 ("University of Bath", "ORG", ["University of Bath"]),
],
[
 ("a very clear message that they", "Abena Whitcombe"),
 ("People here have waited too long", "Abena Whitcombe"),
 ("From Monday, that changes.", "Abena Whitcombe"),
 ("reflect carefully", "Giles Fenwick"),
 ("Seats like this used to be", "Nadia Kowalczyk"),
 ("On this evidence, there is no", "Nadia Kowalczyk"),
],
[
 ("1992", "had held since 1992", "1992"),
 ("21 January", "announced on 21 January", "2025-01-21"),
 ("Friday", "shortly after 3am on Friday", "2025-03-07"),
 ("Monday", "From Monday, that changes", "2025-03-10"),
 ("last July", "since last July's general election", "2024-07"),
 ("2024", "more than tripled since 2024", "2024"),
 ("Thursday", "closed at 10pm on Thursday", "2025-03-06"),
 ("Tuesday", "sworn in as an MP on Tuesday", "2025-03-11"),
]),

"inv-106-strait-ship-collision": (
"Tanker and container ship collide in Singapore Strait, spilling fuel", "2024-05-14",
"""SINGAPORE, May 14 — A container ship and a fuel tanker collided in the Singapore Strait before dawn on Tuesday, spilling an estimated 300 tonnes of marine fuel into one of the world's busiest shipping lanes, the Maritime and Port Authority of Singapore said.

No one was hurt in the collision, which happened at about 3.40 a.m. roughly 2.5 nautical miles south of Sentosa. The tanker, operated by Singapore-based Meranti Tankers, was holed on its starboard side, and fuel leaked from one cargo tank before the crew pumped the rest into other tanks.

The container ship, chartered by Hamburg-based Nordlicht Linien, was carrying about 4,000 containers from Port Klang to Shanghai and suffered damage to its bow.

"All vessels in the vicinity have been advised to keep clear and proceed with caution," the MPA said in a statement, adding that eastbound traffic was moving but with delays of up to four hours.

Twelve response craft were deployed with containment booms, but oil had reached parts of the shoreline on Sentosa and the Southern Islands by late morning, according to the authority.

Lim Wei Jie, operations director at Meranti Tankers, said all 23 crew members were accounted for. The crew "acted exactly as they were trained to and stopped the leak within the hour," according to Lim.

Nordlicht said it was cooperating with investigators and would not comment on the cause.

The strait, which links the Strait of Malacca with the South China Sea, carries more than 1,000 vessels a day. Indonesian maritime officials in Batam, across the waterway, said they were monitoring for any oil drifting south.

"With this volume of traffic, a collision like this is always a question of when, not if," said Rahul Menon, a maritime security analyst at Straits Risk Advisory in Kuala Lumpur. "What matters now is how quickly the fuel is contained."

The MPA recorded four collisions in its port waters last year, none of them involving a spill of this size. Clean-up work is expected to continue until at least Thursday.""",
[
 ("Singapore", "GPE", ["SINGAPORE", "Singapore"]),
 ("Singapore Strait", "LOC", ["Singapore Strait"]),
 ("Maritime and Port Authority of Singapore", "ORG", ["Maritime and Port Authority of Singapore", "MPA"]),
 ("Sentosa", "LOC", ["Sentosa"]),
 ("Meranti Tankers", "ORG", ["Meranti Tankers"]),
 ("Hamburg", "GPE", ["Hamburg"]),
 ("Nordlicht Linien", "ORG", ["Nordlicht Linien", "Nordlicht"]),
 ("Port Klang", "GPE", ["Port Klang"]),
 ("Shanghai", "GPE", ["Shanghai"]),
 ("Southern Islands", "LOC", ["Southern Islands"]),
 ("Lim Wei Jie", "PERSON", ["Lim Wei Jie", "Lim"]),
 ("Strait of Malacca", "LOC", ["Strait of Malacca"]),
 ("South China Sea", "LOC", ["South China Sea"]),
 ("Batam", "GPE", ["Batam"]),
 ("Rahul Menon", "PERSON", ["Rahul Menon"]),
 ("Straits Risk Advisory", "ORG", ["Straits Risk Advisory"]),
 ("Kuala Lumpur", "GPE", ["Kuala Lumpur"]),
],
[
 ("All vessels in the vicinity have", "Maritime and Port Authority of Singapore"),
 ("acted exactly as they were trained", "Lim Wei Jie"),
 ("With this volume of traffic, a", "Rahul Menon"),
 ("What matters now is how quickly", "Rahul Menon"),
],
[
 ("May 14", "SINGAPORE, May 14", "2024-05-14"),
 ("Tuesday", "before dawn on Tuesday", "2024-05-14"),
 ("last year", "port waters last year", "2023"),
 ("Thursday", "until at least Thursday", "2024-05-16"),
]),

"inv-107-measles-school-outbreak": (
"Measles outbreak linked to three Saskatoon schools grows to 14 cases", "2025-02-20",
"""SASKATOON — Public health officials have confirmed 14 cases of measles linked to three Saskatoon elementary schools and are urging parents to check their children's vaccination records before classes resume Monday after the mid-winter break.

The Saskatchewan Health Authority said Thursday that 11 of the cases were in children between five and 11 years old, none of whom had received both doses of the measles, mumps and rubella vaccine. Two children have been admitted to Jim Pattison Children's Hospital, one of them to intensive care.

The first case, reported Feb. 6, was a student at Meadowlark Community School who had recently returned from a family trip abroad. Further cases have since been confirmed at Northgate School and École Sainte-Brigitte.

Dr. Tendai Mupfumira, the SHA's medical health officer for Saskatoon, said the number of cases was likely to rise over the next two weeks.

"Measles is one of the most contagious diseases we know of. One infected child in a classroom can infect almost everyone around them who isn't protected." She said public health clinics would offer extra walk-in vaccination on Saturday.

Parents at Meadowlark said they were first told of a case by email on Tuesday night.

"We found out from a letter in my son's backpack, and by then he'd been sitting two desks away from a case for a week," said Marie-Ève Gauthier, whose son is in Grade 3.

Saskatoon Public Schools said unvaccinated students at the three schools would be asked to stay home for 21 days after their last exposure.

The outbreak comes as measles cases rise across Canada. The Public Health Agency of Canada recorded more than 140 cases nationally last year, the highest total since 2019, and Saskatchewan reported its first case in five years in December.

Mupfumira said vaccine coverage among kindergarten children in the city had fallen to 81 per cent, from 89 per cent before the pandemic.

"We are not blaming parents. Many children simply missed appointments, and now we need to catch them up," she said.""",
[
 ("Saskatoon", "GPE", ["SASKATOON", "Saskatoon"]),
 ("Saskatchewan Health Authority", "ORG", ["Saskatchewan Health Authority", "SHA"]),
 ("Jim Pattison Children's Hospital", "ORG", ["Jim Pattison Children's Hospital"]),
 ("Meadowlark Community School", "ORG", ["Meadowlark Community School", "Meadowlark"]),
 ("Northgate School", "ORG", ["Northgate School"]),
 ("École Sainte-Brigitte", "ORG", ["École Sainte-Brigitte"]),
 ("Tendai Mupfumira", "PERSON", ["Tendai Mupfumira", "Mupfumira"]),
 ("Marie-Ève Gauthier", "PERSON", ["Marie-Ève Gauthier"]),
 ("Saskatoon Public Schools", "ORG", ["Saskatoon Public Schools"]),
 ("Canada", "GPE", ["Canada"]),
 ("Public Health Agency of Canada", "ORG", ["Public Health Agency of Canada"]),
 ("Saskatchewan", "GPE", ["Saskatchewan"]),
],
[
 ("Measles is one of the most", "Tendai Mupfumira"),
 ("We found out from a letter", "Marie-Ève Gauthier"),
 ("We are not blaming parents. Many", "Tendai Mupfumira"),
],
[
 ("Monday", "before classes resume Monday", "2025-02-24"),
 ("Thursday", "Health Authority said Thursday", "2025-02-20"),
 ("Feb. 6", "reported Feb. 6", "2025-02-06"),
 ("Saturday", "extra walk-in vaccination on Saturday", "2025-02-22"),
 ("Tuesday", "by email on Tuesday night", "2025-02-18"),
 ("last year", "cases nationally last year", "2024"),
 ("2019", "the highest total since 2019", "2019"),
 ("December", "first case in five years in December", "2024-12"),
]),

"inv-108-pension-fund-loss": (
"Harbourline Super posts first half-year loss since 2012 as supermarket bet sours", "2025-02-13",
"""Harbourline Super has posted its first negative half-year return since 2012, after a slump in supermarket shares and a writedown on its office property portfolio wiped almost $1.9 billion from the savings of its 640,000 members.

The Sydney-based industry fund said on Thursday that its balanced option, where most members' money sits, returned minus 1.8 per cent in the six months to December 31, well short of the 4.6 per cent median reported by rival funds.

The biggest single drag was the fund's 7 per cent stake in Kestrel, whose shares have lost more than a third of their value since the grocer escalated a price war with its larger rivals last July and drew the scrutiny of the ACCC.

Chief executive Anjali Raghunathan said the result was "disappointing but not a reason for members to panic".

"Super is a 40-year investment, not a six-month one. Members who switch to cash after one bad half usually just lock in the loss," she said.

Chief investment officer Tomasz Brzezinski defended the holding, which the fund has built up since 2016, but conceded it had grown too large.

"We still believe Kestrel will come out of this price war as a stronger business," Brzezinski said. "But we accept we were too concentrated, and we are reducing that position."

The fund also cut the value of its city office towers by 14 per cent, reflecting weak demand for space since the pandemic.

The Australian Prudential Regulation Authority last year singled out Harbourline as one of several funds with heavy exposure to unlisted property. An APRA spokeswoman said the regulator was "engaging closely with the trustee" but would not comment further.

Some members were less forgiving. Retired nurse Margaret Oyelaran, 67, of Wollongong, said she had moved her balance to the fund's cash option in January.

"I don't have 40 years. I have maybe 20, and I watched $11,000 disappear in six months," she said.

Harbourline's next test comes in August, when APRA publishes its annual performance results for every fund.""",
[
 ("Harbourline Super", "ORG", ["Harbourline Super", "Harbourline"]),
 ("Sydney", "GPE", ["Sydney"]),
 ("Kestrel Retail Group", "ORG", ["Kestrel"]),
 ("Anjali Raghunathan", "PERSON", ["Anjali Raghunathan"]),
 ("Tomasz Brzezinski", "PERSON", ["Tomasz Brzezinski", "Brzezinski"]),
 ("Australian Prudential Regulation Authority", "ORG", ["Australian Prudential Regulation Authority", "APRA"]),
 ("Margaret Oyelaran", "PERSON", ["Margaret Oyelaran"]),
 ("Wollongong", "GPE", ["Wollongong"]),
 ("Australian Competition and Consumer Commission", "ORG", ["ACCC"]),
],
[
 ("disappointing but not a reason for", "Anjali Raghunathan"),
 ("Super is a 40-year investment, not", "Anjali Raghunathan"),
 ("We still believe Kestrel will come", "Tomasz Brzezinski"),
 ("But we accept we were too", "Tomasz Brzezinski"),
 ("engaging closely with the trustee", "Australian Prudential Regulation Authority", ["Australian Prudential Regulation Authority", None]),
 ("I don't have 40 years. I", "Margaret Oyelaran"),
],
[
 ("2012", "half-year return since 2012", "2012"),
 ("Thursday", "industry fund said on Thursday", "2025-02-13"),
 ("December 31", "six months to December 31", "2024-12-31"),
 ("last July", "larger rivals last July", "2024-07"),
 ("2016", "built up since 2016", "2016"),
 ("last year", "Regulation Authority last year", "2024"),
 ("January", "cash option in January", "2025-01"),
 ("August", "next test comes in August", "2025-08"),
]),

"inv-109-sprinter-doping-ban": (
"Sprinter Delaney-Mensah banned for four years after positive test", "2025-04-04",
"""Irish 200m champion Aoife Delaney-Mensah has been banned from competition for four years after testing positive for a prohibited substance, Sport Ireland confirmed yesterday.

The 24-year-old, who runs for Clonmore AC in Co Kildare, returned an adverse finding for the anabolic agent ostarine in an out-of-competition test at her home on 12 September last year.

The ban, imposed by an independent anti-doping disciplinary panel, is backdated to 3 October, when she was provisionally suspended, and will run until October 2028.

Delaney-Mensah, who won the national 200m title in Santry last summer, denied knowingly taking the substance and argued that it came from a contaminated protein supplement bought online.

In a statement issued through her solicitor, Delaney-Mensah said she was "heartbroken" by the panel's decision.

"I have never cheated and I never will. I have spent every cent I had trying to prove where this came from." She added that she would consider an appeal to the Court of Arbitration for Sport.

Sport Ireland's director of anti-doping, Dr Kieran Ó Dálaigh, said the contamination defence had been examined in detail.

"The panel found no credible evidence that the supplement was the source. Athletes are strictly liable for what is in their bodies, and that rule protects every clean competitor," he said.

Athletics Ireland said it "fully respects" the ruling and had removed Delaney-Mensah from its high-performance programme with immediate effect.

Her coach, Femi Okonjo-Walsh, said the training group had been left shaken. "She is a good person who has made a terrible mistake with what she put in her body. I have to believe that's all it was," he told reporters outside the club last night.

The ban means Delaney-Mensah will miss at least three outdoor seasons. She had been expected to challenge for a place on the Irish relay squad next year.

It is the second anti-doping violation by an Irish track athlete in 12 months.""",
[
 ("Aoife Delaney-Mensah", "PERSON", ["Aoife Delaney-Mensah", "Delaney-Mensah"]),
 ("Sport Ireland", "ORG", ["Sport Ireland"]),
 ("Clonmore AC", "ORG", ["Clonmore AC"]),
 ("County Kildare", "GPE", ["Co Kildare"]),
 ("Santry", "GPE", ["Santry"]),
 ("Court of Arbitration for Sport", "ORG", ["Court of Arbitration for Sport"]),
 ("Kieran Ó Dálaigh", "PERSON", ["Kieran Ó Dálaigh"]),
 ("Athletics Ireland", "ORG", ["Athletics Ireland"]),
 ("Femi Okonjo-Walsh", "PERSON", ["Femi Okonjo-Walsh"]),
],
[
 ("heartbroken", "Aoife Delaney-Mensah"),
 ("I have never cheated and I", "Aoife Delaney-Mensah"),
 ("The panel found no credible evidence", "Kieran Ó Dálaigh"),
 ("fully respects", "Athletics Ireland"),
 ("She is a good person who", "Femi Okonjo-Walsh"),
],
[
 ("yesterday", "Sport Ireland confirmed yesterday", "2025-04-03"),
 ("12 September last year", "on 12 September last year", "2024-09-12"),
 ("3 October", "backdated to 3 October", "2024-10-03"),
 ("October 2028", "until October 2028", "2028-10"),
 ("last summer", "in Santry last summer", "2024"),
 ("last night", "outside the club last night", "2025-04-03"),
 ("next year", "Irish relay squad next year", "2026"),
]),

"inv-110-opera-premiere": (
"'The Salt Road' premieres in Albuquerque to a standing ovation", "2025-10-12",
"""ALBUQUERQUE, N.M. — Rio Grande Lyric Opera gave the world premiere of "The Salt Road" on Saturday night, and the sold-out audience at the Sandoval Center for the Performing Arts was on its feet before the final chord had faded.

The opera, composed by Graciela Montoya-Reyes with a libretto by Navajo poet Daniel Begaye, follows three generations of a family of salt haulers crossing the Estancia Basin. It was commissioned in 2021 with support from the National Endowment for the Arts.

Montoya-Reyes, 46, who grew up in Belen and teaches composition at the University of New Mexico, said she had wanted to write the piece since her grandfather told her stories of the old salt trails.

"He used to say the salt was the easy part. The hard part was coming home and finding out who was still there," Montoya-Reyes said after the performance. "I carried that line around for 20 years before I knew what to do with it.

"Tonight, for the first time, I heard it sung back to me."

Soprano Nneka Obiora, who sang the grandmother, drew the loudest ovation of the night for her third-act lament, and Begaye was called to the stage twice.

Conductor Anders Holmqvist, the company's music director since 2019, said the orchestra had only nine days of rehearsal with the full cast.

"It is a score that asks a lot of everyone, and they gave it everything," Holmqvist said.

Not every critic was won over.

"The second act loses its way in a long sequence of dream scenes, but the final 20 minutes are as strong as anything written for an American stage in a decade," wrote Lucinda Farrow-Haynes, classical music critic of the High Desert Courier.

Two more performances are scheduled, on Friday and next Sunday, before the production travels to Tucson in March.""",
[
 ("Albuquerque", "GPE", ["ALBUQUERQUE"]),
 ("New Mexico", "GPE", ["N.M."]),
 ("Rio Grande Lyric Opera", "ORG", ["Rio Grande Lyric Opera"]),
 ("Sandoval Center for the Performing Arts", "LOC", ["Sandoval Center for the Performing Arts"]),
 ("Graciela Montoya-Reyes", "PERSON", ["Graciela Montoya-Reyes", "Montoya-Reyes"]),
 ("Daniel Begaye", "PERSON", ["Daniel Begaye", "Begaye"]),
 ("Estancia Basin", "LOC", ["Estancia Basin"]),
 ("National Endowment for the Arts", "ORG", ["National Endowment for the Arts"]),
 ("Belen", "GPE", ["Belen"]),
 ("University of New Mexico", "ORG", ["University of New Mexico"]),
 ("Nneka Obiora", "PERSON", ["Nneka Obiora"]),
 ("Anders Holmqvist", "PERSON", ["Anders Holmqvist", "Holmqvist"]),
 ("Lucinda Farrow-Haynes", "PERSON", ["Lucinda Farrow-Haynes"]),
 ("High Desert Courier", "ORG", ["High Desert Courier"]),
 ("Tucson", "GPE", ["Tucson"]),
],
[
 ("He used to say the salt", "Graciela Montoya-Reyes"),
 ("I carried that line around for", "Graciela Montoya-Reyes"),
 ("Tonight, for the first time, I", "Graciela Montoya-Reyes"),
 ("It is a score that asks", "Anders Holmqvist"),
 ("The second act loses its way", "Lucinda Farrow-Haynes"),
],
[
 ("Saturday", "on Saturday night", "2025-10-11"),
 ("2021", "commissioned in 2021", "2021"),
 ("Tonight", "Tonight, for the first time", "2025-10-11"),
 ("2019", "music director since 2019", "2019"),
 ("Friday", "on Friday and next Sunday", "2025-10-17"),
 ("next Sunday", "and next Sunday, before", "2025-10-19"),
 ("March", "Tucson in March", "2026-03"),
]),

"inv-111-supermarket-price-war": (
"Kestrel slashes prices on 1,200 lines as supermarket war heats up", "2024-07-10",
"""Kestrel Retail Group will cut prices on more than 1,200 grocery lines from Monday, in what analysts say is the most aggressive move yet in a supermarket price war that has rattled the industry.

Chief executive Ahmet Yilmaz said the cuts, averaging 11 per cent, would cover staples including bread, milk, fresh meat, nappies and cleaning products, and would stay in place "for as long as it takes".

"Australian families tell us every week that they are struggling, and we have listened," Mr Yilmaz told reporters at the company's Brisbane headquarters on Wednesday.

The announcement came after Marlo Supermarkets unveiled its own discounts on 800 products earlier this week, and after Marlo stores in Sydney and Perth reported queues at the checkouts over the weekend.

Kestrel, which runs 690 stores across Queensland, New South Wales and Western Australia, said the cuts would be funded by lower marketing spending and "leaner supplier arrangements". Its shares fell 6.4 per cent on the ASX.

"It's a war of attrition, and only the strongest balance sheet wins," said Priyanka Raman, a retail analyst at Coral Bay Securities. "Kestrel has the stores, but I'm not sure it has the margins to keep this up."

The Australian Competition and Consumer Commission, which last month began an inquiry into supermarket pricing, said it would watch the discounts closely.

"Shoppers should be able to trust that a price cut is a real price cut, and not a price that was quietly raised a few weeks earlier," the ACCC said in a statement.

Suppliers are worried they will be left to pay for the cuts. Dairy farmer Graham Pettigrew, from the Riverina, said he had already been asked to accept a lower price for milk.

"Every time the supermarkets go to war, it's the farmer who ends up paying for it," he said.

Kestrel still plans to open 40 new stores next year.""",
[
 ("Kestrel Retail Group", "ORG", ["Kestrel Retail Group", "Kestrel"]),
 ("Ahmet Yilmaz", "PERSON", ["Ahmet Yilmaz", "Yilmaz"]),
 ("Brisbane", "GPE", ["Brisbane"]),
 ("Marlo Supermarkets", "ORG", ["Marlo Supermarkets", "Marlo"]),
 ("Sydney", "GPE", ["Sydney"]),
 ("Perth", "GPE", ["Perth"]),
 ("Queensland", "GPE", ["Queensland"]),
 ("New South Wales", "GPE", ["New South Wales"]),
 ("Western Australia", "GPE", ["Western Australia"]),
 ("ASX", "ORG", ["ASX"]),
 ("Priyanka Raman", "PERSON", ["Priyanka Raman"]),
 ("Coral Bay Securities", "ORG", ["Coral Bay Securities"]),
 ("Australian Competition and Consumer Commission", "ORG", ["Australian Competition and Consumer Commission", "ACCC"]),
 ("Graham Pettigrew", "PERSON", ["Graham Pettigrew"]),
 ("Riverina", "LOC", ["Riverina"]),
],
[
 ("for as long as it takes", "Ahmet Yilmaz"),
 ("Australian families tell us every week", "Ahmet Yilmaz"),
 ("leaner supplier arrangements", "Kestrel Retail Group"),
 ("It's a war of attrition, and", "Priyanka Raman"),
 ("Kestrel has the stores, but I'm", "Priyanka Raman"),
 ("Shoppers should be able to trust", "Australian Competition and Consumer Commission"),
 ("Every time the supermarkets go to", "Graham Pettigrew"),
],
[
 ("Monday", "grocery lines from Monday", "2024-07-15"),
 ("Wednesday", "Brisbane headquarters on Wednesday", "2024-07-10"),
 ("earlier this week", "800 products earlier this week", "2024-W28"),
 ("the weekend", "checkouts over the weekend", "2024-W27"),
 ("last month", "which last month began", "2024-06"),
 ("next year", "40 new stores next year", "2025"),
]),

"inv-112-tram-line-opening": (
"Halifax's new streetcar line opens after weekend delay", "2024-09-30",
"""HALIFAX — About 21,000 people rode Halifax's new streetcar line over the weekend, when trips were free, as the city's first tram service in 75 years opened a day later than planned because of a signal fault.

Paying service began Monday morning, and Halifax Transit said the first rush hour had run "largely to schedule," with two cars briefly held at the Robie Street stop because of a door problem.

The 9.5-kilometre line, which cost $1.1 billion, runs from the downtown waterfront along Barrington Street and Quinpool Road to Bayers Lake, with 17 stops. The federal government paid 40 per cent of the cost through Infrastructure Canada, and Nova Scotia paid a third.

Mayor Imran Qureshi, who rode the first car on Saturday, said the city had waited long enough.

"We tore up the old tracks in 1949 and spent the next 75 years wishing we hadn't," Qureshi said. "Now my kids will grow up thinking a streetcar on Barrington is normal."

Not everyone was celebrating. Business owners along Quinpool Road said three years of construction had driven customers away.

"We survived the dust and the detours. I just hope people remember we're still here," said Farida Haidari, who runs a bakery near the Oxford Street stop.

The consortium that built the line, Atlantic Light Rail Partners, is responsible under its contract for fixing the signal fault at its own cost, according to city spokesperson Bernard LeBlanc.

"We expect the system to be fully reliable by the end of October, and we will hold the builder to that," LeBlanc said.

Halifax Regional Council approved the project in 2019 after more than a decade of debate. Councillors are expected to decide next spring whether to fund a second phase across the harbour to Dartmouth.""",
[
 ("Halifax", "GPE", ["HALIFAX", "Halifax"]),
 ("Halifax Transit", "ORG", ["Halifax Transit"]),
 ("Robie Street", "LOC", ["Robie Street"]),
 ("Barrington Street", "LOC", ["Barrington Street", "Barrington"]),
 ("Quinpool Road", "LOC", ["Quinpool Road"]),
 ("Bayers Lake", "LOC", ["Bayers Lake"]),
 ("Infrastructure Canada", "ORG", ["Infrastructure Canada"]),
 ("Nova Scotia", "GPE", ["Nova Scotia"]),
 ("Imran Qureshi", "PERSON", ["Imran Qureshi", "Qureshi"]),
 ("Farida Haidari", "PERSON", ["Farida Haidari"]),
 ("Oxford Street", "LOC", ["Oxford Street"]),
 ("Atlantic Light Rail Partners", "ORG", ["Atlantic Light Rail Partners"]),
 ("Bernard LeBlanc", "PERSON", ["Bernard LeBlanc", "LeBlanc"]),
 ("Halifax Regional Council", "ORG", ["Halifax Regional Council"]),
 ("Dartmouth", "GPE", ["Dartmouth"]),
],
[
 ("largely to schedule", "Halifax Transit"),
 ("We tore up the old tracks", "Imran Qureshi"),
 ("Now my kids will grow up", "Imran Qureshi"),
 ("We survived the dust and the", "Farida Haidari"),
 ("We expect the system to be", "Bernard LeBlanc"),
],
[
 ("the weekend", "line over the weekend", "2024-W39"),
 ("Monday", "Paying service began Monday morning", "2024-09-30"),
 ("Saturday", "rode the first car on Saturday", "2024-09-28"),
 ("1949", "the old tracks in 1949", "1949"),
 ("the end of October", "fully reliable by the end of October", "2024-10"),
 ("2019", "approved the project in 2019", "2019"),
 ("next spring", "expected to decide next spring", "2025"),
]),

"inv-113-dam-safety-warning": (
"CWC flags seepage at Ghatmatha dam, 14 villages told to stay alert", "2023-05-23",
"""Kolhapur: The Central Water Commission (CWC) has warned that the 45-year-old Ghatmatha dam in Kolhapur district is showing "significant and increasing seepage" and has asked the state to draw down the reservoir before the monsoon arrives next month.

The warning is contained in an inspection report sent to the Maharashtra Water Resources Department last week, following a visit by a CWC dam safety team on May 9.

Inspectors found wet patches and water flowing from three points on the downstream face of the earthen dam, which was completed in 1978 on the Kadvi river and irrigates about 18,000 hectares in Shahuwadi and Panhala talukas.

Kolhapur Collector Meenakshi Rao said the water level would be brought down from 71 per cent to 40 per cent of capacity over the next 10 days, and residents of 14 villages downstream, including Amba and Manoli, had been asked to stay alert.

"There is no cause for panic. The dam is not in danger of failing today, but we will not take chances with the lives of people living below it," Ms Rao told reporters on Monday.

A senior official of the Water Resources Department, who did not wish to be named, said repairs to the dam's internal drainage had been pending since 2019 for want of funds.

"The proposal for Rs 38 crore has been lying with the government for four years. Every monsoon we hope it holds," the official said.

The CWC report recommends that the reservoir not be filled beyond 60 per cent this year until the drains are cleared and the seepage is measured again after the rains.

In Manoli, villagers said officials had visited every household on Sunday to explain the warning system.

"We have heard about cracks and leaks every year, but this is the first time officers have come to our doors," said Sakharam Patil, 62, the sarpanch of Manoli.

Rao said a control room had been set up at the irrigation office in Shahuwadi and would run round the clock until October.""",
[
 ("Kolhapur", "GPE", ["Kolhapur"]),
 ("Central Water Commission", "ORG", ["Central Water Commission", "CWC"]),
 ("Ghatmatha dam", "LOC", ["Ghatmatha dam"]),
 ("Maharashtra Water Resources Department", "ORG", ["Maharashtra Water Resources Department", "Water Resources Department"]),
 ("Kadvi river", "LOC", ["Kadvi river"]),
 ("Shahuwadi", "GPE", ["Shahuwadi"]),
 ("Panhala", "GPE", ["Panhala"]),
 ("Meenakshi Rao", "PERSON", ["Meenakshi Rao", "Rao"]),
 ("Amba", "GPE", ["Amba"]),
 ("Manoli", "GPE", ["Manoli"]),
 ("Sakharam Patil", "PERSON", ["Sakharam Patil"]),
],
[
 ("significant and increasing seepage", "Central Water Commission"),
 ("There is no cause for panic.", "Meenakshi Rao"),
 ("The proposal for Rs 38 crore", None, [None, "Maharashtra Water Resources Department"]),
 ("We have heard about cracks and", "Sakharam Patil"),
],
[
 ("next month", "monsoon arrives next month", "2023-06"),
 ("last week", "Resources Department last week", "2023-W20"),
 ("May 9", "team on May 9", "2023-05-09"),
 ("1978", "completed in 1978", "1978"),
 ("today", "danger of failing today", "2023-05-22"),
 ("Monday", "told reporters on Monday", "2023-05-22"),
 ("2019", "pending since 2019", "2019"),
 ("this year", "60 per cent this year", "2023"),
 ("Sunday", "every household on Sunday", "2023-05-21"),
 ("October", "round the clock until October", "2023-10"),
]),

"inv-114-central-bank-governor-resigns": (
"CBN Governor Adesanya-Bello resigns, cites 'personal and family reasons'", "2025-11-19",
"""The Governor of the Central Bank of Nigeria (CBN), Dr. Olumide Adesanya-Bello, has resigned barely two years into his five-year tenure.

The resignation was announced on Tuesday night in a statement by the Special Adviser to the President on Media and Publicity, Mr. Garba Tanimu, who said the President had accepted it "with immediate effect" and thanked the governor for his service.

According to the statement, Adesanya-Bello cited "personal and family reasons" in his letter. The Deputy Governor (Economic Policy), Mrs. Hauwa Bashir-Ringim, will act as governor until a substantive replacement is confirmed by the Senate.

Adesanya-Bello, a former chief economist at the African Development Bank who hails from Ogun State, was appointed in October 2023. He led the apex bank through a period of steep interest rate increases as it battled inflation of more than 30 per cent.

His departure comes less than a week before the bank's Monetary Policy Committee (MPC) is due to meet in Abuja on November 25.

In a separate statement on Wednesday, the CBN said "all operations of the Bank remain normal" and that the MPC meeting would hold as scheduled.

Reacting, Prof. Chinyere Okafor-Eze, an economist at the University of Lagos, described the timing as unfortunate.

"Markets hate uncertainty, and an MPC meeting without a substantive governor is exactly that. The Senate must move quickly," she said.

The naira fell by 2.1 per cent against the dollar at the official window on Wednesday morning, according to traders.

The Senate Committee on Banking, Insurance and Other Financial Institutions said it would "expedite the screening of any nominee" once a name was sent to it.

Adesanya-Bello had come under pressure from manufacturers and some lawmakers since last month, when the MPC raised the benchmark rate for the third time this year.""",
[
 ("Central Bank of Nigeria", "ORG", ["Central Bank of Nigeria", "CBN"]),
 ("Olumide Adesanya-Bello", "PERSON", ["Olumide Adesanya-Bello", "Adesanya-Bello"]),
 ("Garba Tanimu", "PERSON", ["Garba Tanimu"]),
 ("Hauwa Bashir-Ringim", "PERSON", ["Hauwa Bashir-Ringim"]),
 ("Senate", "ORG", ["Senate"]),
 ("African Development Bank", "ORG", ["African Development Bank"]),
 ("Ogun State", "GPE", ["Ogun State"]),
 ("Monetary Policy Committee", "ORG", ["Monetary Policy Committee", "MPC"]),
 ("Abuja", "GPE", ["Abuja"]),
 ("Chinyere Okafor-Eze", "PERSON", ["Chinyere Okafor-Eze"]),
 ("University of Lagos", "ORG", ["University of Lagos"]),
 ("Senate Committee on Banking, Insurance and Other Financial Institutions", "ORG", ["Senate Committee on Banking, Insurance and Other Financial Institutions"]),
],
[
 ("with immediate effect", "Garba Tanimu"),
 ("personal and family reasons", "Olumide Adesanya-Bello", ["Olumide Adesanya-Bello", "Garba Tanimu"]),
 ("all operations of the Bank remain", "Central Bank of Nigeria"),
 ("Markets hate uncertainty, and an MPC", "Chinyere Okafor-Eze"),
 ("expedite the screening of any nominee", "Senate Committee on Banking, Insurance and Other Financial Institutions"),
],
[
 ("Tuesday", "announced on Tuesday night", "2025-11-18"),
 ("October 2023", "appointed in October 2023", "2023-10"),
 ("November 25", "in Abuja on November 25", "2025-11-25"),
 ("Wednesday", "separate statement on Wednesday", "2025-11-19"),
 ("Wednesday", "official window on Wednesday morning", "2025-11-19"),
 ("last month", "since last month", "2025-10"),
 ("this year", "third time this year", "2025"),
]),

"inv-115-solar-farm-planning-appeal": (
"Inspector overturns refusal of 120-acre solar farm near Wellow", "2025-06-18",
"""A 120-acre solar farm near the Somerset village of Wellow will go ahead after a government planning inspector overturned the council's decision to refuse it.

Brightmead Renewables Ltd applied in 2023 to install about 95,000 panels on farmland at Bransdown Farm, between Wellow and Hinton Charterhouse, which it says would generate enough electricity for 14,000 homes. Bath and North East Somerset Council rejected the scheme in March last year, citing harm to the landscape and the loss of good farmland.

In a decision published by the Planning Inspectorate on Monday, the inspector, Keith Arbuthnot, found that the benefits of the scheme 'clearly outweigh' the limited and temporary harm to the countryside.

'The panels would be visible from parts of the footpath network, but the site is well screened by existing hedgerows, and the land would return to agriculture after 40 years,' Mr Arbuthnot wrote.

The farm's owner, Rajinder Sahota, said the income from the panels would allow his family to keep grazing sheep on the rest of the land. 'Without this, we would have sold up within five years,' he said.

The campaign group Keep Wellow Green, which gathered more than 2,000 objections, said it was 'bitterly disappointed'. Its chairwoman, Eleanor Tate, said: 'Once a valley like this is industrialised, it does not come back. We will be looking very hard at whether this can be challenged.'

Objectors have six weeks to seek a review in the High Court.

The council said in a statement: 'We will study the inspector's report carefully before deciding on next steps.'

The area's MP, Dr Whitcombe, who opposed the scheme during her by-election campaign in March, said she was disappointed but not surprised, and accused ministers of 'overruling local people whenever it suits them'.

Brightmead said work would begin next spring, with the panels connected to the grid by the end of 2026.""",
[
 ("Somerset", "GPE", ["Somerset"]),
 ("Wellow", "GPE", ["Wellow"]),
 ("Brightmead Renewables Ltd", "ORG", ["Brightmead Renewables Ltd", "Brightmead"]),
 ("Bransdown Farm", "LOC", ["Bransdown Farm"]),
 ("Hinton Charterhouse", "GPE", ["Hinton Charterhouse"]),
 ("Bath and North East Somerset Council", "ORG", ["Bath and North East Somerset Council"]),
 ("Planning Inspectorate", "ORG", ["Planning Inspectorate"]),
 ("Keith Arbuthnot", "PERSON", ["Keith Arbuthnot", "Arbuthnot"]),
 ("Rajinder Sahota", "PERSON", ["Rajinder Sahota"]),
 ("Keep Wellow Green", "ORG", ["Keep Wellow Green"]),
 ("Eleanor Tate", "PERSON", ["Eleanor Tate"]),
 ("High Court", "ORG", ["High Court"]),
 ("Abena Whitcombe", "PERSON", ["Whitcombe"]),
],
[
 ("clearly outweigh", "Keith Arbuthnot"),
 ("The panels would be visible from", "Keith Arbuthnot"),
 ("Without this, we would have sold", "Rajinder Sahota"),
 ("bitterly disappointed", "Keep Wellow Green"),
 ("Once a valley like this is", "Eleanor Tate"),
 ("We will study the inspector's report", "Bath and North East Somerset Council"),
 ("overruling local people whenever it suits", "Abena Whitcombe"),
],
[
 ("2023", "applied in 2023", "2023"),
 ("March last year", "scheme in March last year", "2024-03"),
 ("Monday", "Planning Inspectorate on Monday", "2025-06-16"),
 ("March", "by-election campaign in March", "2025-03"),
 ("next spring", "work would begin next spring", "2026"),
 ("the end of 2026", "grid by the end of 2026", "2026"),
]),

"inv-116-refinery-explosion": (
"Explosion at Louisiana refinery kills 1, injures 6", "2024-01-16",
"""LAKE CHARLES, La. — An explosion and fire at a refinery near Lake Charles killed one worker and injured six others late Monday, and residents within a mile of the plant were told to stay indoors for several hours, officials said Tuesday.

The blast happened at about 10:15 p.m. in a hydrocracking unit at the Gulfward Refining Co. plant in Westlake, across the Calcasieu River from Lake Charles, according to the Calcasieu Parish Sheriff's Office. The shelter-in-place order was lifted at 2 a.m. Tuesday.

The parish coroner identified the worker who died as Terrence Boudreaux, 41, of Sulphur, a contract pipefitter. Boudreaux had worked at the plant for 12 years, his family said.

Gulfward spokeswoman Angela Nguyen said two of the injured workers were being treated for serious burns at a hospital in Baton Rouge and the other four had been released.

"This is the worst night in the history of this plant. We will find out what happened, and we will share what we learn," Nguyen said.

Dolores Thibodeaux, who lives six blocks from the refinery, said the blast "sounded like a train coming through the living room wall."

"Then the whole sky went orange," she said.

The Louisiana Department of Environmental Quality said its monitors had not found harmful levels of pollutants outside the plant. "Air monitoring has not detected levels of concern for the public at any point," the department said in a statement.

The U.S. Chemical Safety and Hazard Investigation Board said it was sending a team to the site. The CSB investigated two earlier fires at the refinery, in 2016 and 2019.

The Occupational Safety and Health Administration fined Gulfward $96,000 last year over maintenance failures on pressure vessels. An OSHA spokesman said the agency had opened a new inspection.

Gulfward, a subsidiary of Houston-based Tamarind Energy Partners, processes about 240,000 barrels of crude a day, making it one of the largest refineries in Louisiana.""",
[
 ("Lake Charles", "GPE", ["LAKE CHARLES", "Lake Charles"]),
 ("Louisiana", "GPE", ["La.", "Louisiana"]),
 ("Gulfward Refining Co.", "ORG", ["Gulfward Refining Co.", "Gulfward"]),
 ("Westlake", "GPE", ["Westlake"]),
 ("Calcasieu River", "LOC", ["Calcasieu River"]),
 ("Calcasieu Parish Sheriff's Office", "ORG", ["Calcasieu Parish Sheriff's Office"]),
 ("Terrence Boudreaux", "PERSON", ["Terrence Boudreaux", "Boudreaux"]),
 ("Sulphur", "GPE", ["Sulphur"]),
 ("Angela Nguyen", "PERSON", ["Angela Nguyen", "Nguyen"]),
 ("Baton Rouge", "GPE", ["Baton Rouge"]),
 ("Dolores Thibodeaux", "PERSON", ["Dolores Thibodeaux"]),
 ("Louisiana Department of Environmental Quality", "ORG", ["Louisiana Department of Environmental Quality"]),
 ("U.S. Chemical Safety and Hazard Investigation Board", "ORG", ["U.S. Chemical Safety and Hazard Investigation Board", "CSB"]),
 ("Occupational Safety and Health Administration", "ORG", ["Occupational Safety and Health Administration", "OSHA"]),
 ("Houston", "GPE", ["Houston"]),
 ("Tamarind Energy Partners", "ORG", ["Tamarind Energy Partners"]),
],
[
 ("This is the worst night in", "Angela Nguyen"),
 ("sounded like a train coming through", "Dolores Thibodeaux"),
 ("Then the whole sky went orange", "Dolores Thibodeaux"),
 ("Air monitoring has not detected levels", "Louisiana Department of Environmental Quality"),
],
[
 ("Monday", "injured six others late Monday", "2024-01-15"),
 ("Tuesday", "officials said Tuesday", "2024-01-16"),
 ("Tuesday", "lifted at 2 a.m. Tuesday", "2024-01-16"),
 ("2016", "in 2016 and 2019", "2016"),
 ("2019", "2016 and 2019", "2019"),
 ("last year", "$96,000 last year", "2023"),
]),

}

HELD_OUT_LAST: dict[str, tuple] = {

"inv-117-battery-maker-listing": (
"Sarvottam Energy Cells soars 38% on stock market debut", "2024-09-12",
"""MUMBAI: Shares of Sarvottam Energy Cells Limited jumped 38 per cent on their market debut on Thursday, valuing the Pune-based battery maker at nearly Rs 21,000 crore in one of the strongest listings this year.

The stock opened at Rs 412 on the National Stock Exchange against an issue price of Rs 298, touched Rs 431 in early trade and closed at Rs 411.60. On the BSE, it ended the day at Rs 410.85.

The Rs 3,150-crore initial public offering, which closed last Friday, was subscribed 64 times, with qualified institutional buyers bidding for more than 180 times the shares reserved for them. The retail portion was subscribed nearly 19 times.

"Today is for the 2,300 people on our shop floors in Chakan and Hosur," managing director Vandana Kulkarni-Rao told reporters at the NSE after ringing the opening bell. "We started in a rented shed in 2011 with four people and one machine."

Sarvottam makes lithium-ion cells and battery packs for electric two-wheelers, power tools and mobile phones, and supplies several foreign handset brands. Its revenue rose 41 per cent to Rs 2,870 crore in the year ended March 31, according to the offer document filed with the Securities and Exchange Board of India (SEBI) in May.

Analysts cautioned that the premium left little room for error. Harish Balasubramanian, head of equity research at Mumbai brokerage Kesarwani Capital, said the stock was now trading at "close to 70 times this year's earnings, which prices in flawless execution".

"The demand is real, but so is Chinese competition," he said, advising retail investors who had been allotted shares to book partial profits.

The company plans to use Rs 1,900 crore of the fresh issue proceeds to build a third plant near Dholera in Gujarat, with production due to begin in the second half of 2026. Kulkarni-Rao said land acquisition was complete and construction would start next month.""",
[
 ("Sarvottam Energy Cells", "ORG", ["Sarvottam Energy Cells Limited", "Sarvottam"]),
 ("Mumbai", "GPE", ["MUMBAI", "Mumbai"]),
 ("Pune", "GPE", ["Pune"]),
 ("National Stock Exchange", "ORG", ["National Stock Exchange", "NSE"]),
 ("BSE", "ORG", ["BSE"]),
 ("Chakan", "GPE", ["Chakan"]),
 ("Hosur", "GPE", ["Hosur"]),
 ("Vandana Kulkarni-Rao", "PERSON", ["Vandana Kulkarni-Rao", "Kulkarni-Rao"]),
 ("Securities and Exchange Board of India", "ORG", ["Securities and Exchange Board of India", "SEBI"]),
 ("Harish Balasubramanian", "PERSON", ["Harish Balasubramanian"]),
 ("Kesarwani Capital", "ORG", ["Kesarwani Capital"]),
 ("Dholera", "GPE", ["Dholera"]),
 ("Gujarat", "GPE", ["Gujarat"]),
],
[
 ("Today is for the 2,300 people", "Vandana Kulkarni-Rao"),
 ("We started in a rented shed", "Vandana Kulkarni-Rao"),
 ("close to 70 times this year's earnings", "Harish Balasubramanian"),
 ("The demand is real, but so", "Harish Balasubramanian"),
],
[
 ("Thursday", "market debut on Thursday", "2024-09-12"),
 ("this year", "strongest listings this year", "2024"),
 ("last Friday", "which closed last Friday", "2024-09-06"),
 ("2011", "rented shed in 2011", "2011"),
 ("March 31", "year ended March 31", "2024-03-31"),
 ("May", "(SEBI) in May", "2024-05"),
 ("this year", "70 times this year's earnings", "2024"),
 ("2026", "second half of 2026", "2026"),
 ("next month", "construction would start next month", "2024-10"),
]),

"inv-118-bissau-coup-attempt": (
"Guinea-Bissau says it foiled coup attempt after night of gunfire", "2025-03-03",
"""BISSAU, Guinea-Bissau — Troops loyal to Guinea-Bissau's government regained control of the presidential palace early Sunday after hours of gunfire in the capital, in what officials called an attempted coup by a group of army officers.

Information Minister Aristides Nhaga Cabral said on state radio that the situation was "completely under control" and that at least 11 people, including four members of the presidential guard, had been killed. Several attackers were arrested, he said, among them a colonel who was dismissed from the army last year.

President Ernesto Baldé Mané was inside the palace when the shooting began at about 1 a.m. but was unhurt, according to his office. He appeared on national television on Sunday afternoon, flanked by senior commanders.

"This was an attack on the republic, not on one man," Mané said. "Those who planned it, and those who paid for it, will answer before the courts."

He did not say whom he suspected of financing the plot.

Residents of the Bairro de Ajuda neighborhood near the palace described heavy-weapons fire that lasted until dawn. "We lay on the floor with the children for five hours," said Fatumata Djaló, a market trader. "Nobody slept."

Guinea-Bissau, a former Portuguese colony of about 2 million people, has had four successful coups and many more attempts since independence in 1974. Soldiers also tried to seize power in February 2022.

The Economic Community of West African States condemned the attack and said it was ready to send troops to protect state institutions if asked. The African Union called for calm.

In London, the FCDO advised against all but essential travel to Guinea-Bissau. Portugal's foreign ministry said Monday that its embassy was in touch with about 400 Portuguese citizens and that none had been hurt.

The airport and land borders, closed since Sunday, will reopen Tuesday, Cabral said.""",
[
 ("Bissau", "GPE", ["BISSAU"]),
 ("Guinea-Bissau", "GPE", ["Guinea-Bissau"]),
 ("Aristides Nhaga Cabral", "PERSON", ["Aristides Nhaga Cabral", "Cabral"]),
 ("Ernesto Baldé Mané", "PERSON", ["Ernesto Baldé Mané", "Mané"]),
 ("Bairro de Ajuda", "LOC", ["Bairro de Ajuda"]),
 ("Fatumata Djaló", "PERSON", ["Fatumata Djaló"]),
 ("Economic Community of West African States", "ORG", ["Economic Community of West African States"]),
 ("African Union", "ORG", ["African Union"]),
 ("London", "GPE", ["London"]),
 ("Foreign, Commonwealth and Development Office", "ORG", ["FCDO"]),
 ("Portugal", "GPE", ["Portugal"]),
],
[
 ("completely under control", "Aristides Nhaga Cabral"),
 ("This was an attack on the", "Ernesto Baldé Mané"),
 ("Those who planned it, and those", "Ernesto Baldé Mané"),
 ("We lay on the floor with", "Fatumata Djaló"),
 ("Nobody slept", "Fatumata Djaló"),
],
[
 ("Sunday", "palace early Sunday", "2025-03-02"),
 ("last year", "from the army last year", "2024"),
 ("Sunday", "on Sunday afternoon", "2025-03-02"),
 ("1974", "independence in 1974", "1974"),
 ("February 2022", "power in February 2022", "2022-02"),
 ("Monday", "foreign ministry said Monday", "2025-03-03"),
 ("Sunday", "closed since Sunday", "2025-03-02"),
 ("Tuesday", "will reopen Tuesday", "2025-03-04"),
]),

"inv-119-teachers-union-ballot": (
"Secondary teachers vote for industrial action over staffing shortages", "2023-11-24",
"""Members of the Irish Secondary Teachers' Federation have voted by more than four to one for industrial action short of strike over what the union calls a staffing crisis in post-primary schools.

The result of the ballot, announced in Dublin on Thursday evening, showed 81 per cent in favour on a turnout of 64 per cent. The ISTF represents about 17,500 teachers in voluntary secondary, community and comprehensive schools.

From January 8th, members will refuse to cover classes for absent colleagues beyond their contracted supervision hours and will not attend curriculum training held outside school time.

The union's general secretary, Dervla Ní Mhurchú, said the vote was "a loud message from staffrooms that can no longer be ignored".

"Principals are now timetabling subjects they know they cannot staff," she said. "In some schools in Dublin and Cork, students have had no maths teacher since September. We are not prepared to keep papering over that."

A spokesman for the Department of Education said the department had "increased teacher numbers in each of the last five budgets" and that the Minister for Education, Fergal Moynihan, had agreed to meet the union next week.

Management bodies were more cautious. Tadhg O'Rourke, president of the Joint Managerial Body, said schools would try to keep disruption to a minimum. "Nobody in management disputes the shortages," he said. "But taking it out on substitute cover hurts the weakest students first."

Speaking on RTÉ radio on Friday, Mr Moynihan said he respected the result. "I'm not going to pretend there isn't a problem," he said. "There is, and we are working on it."

Ms Ní Mhurchú will address a rally of members in Athlone at the weekend. The Teachers' Union of Ireland is due to announce the result of its own ballot on December 6th.""",
[
 ("Irish Secondary Teachers' Federation", "ORG", ["Irish Secondary Teachers' Federation", "ISTF"]),
 ("Dublin", "GPE", ["Dublin"]),
 ("Dervla Ní Mhurchú", "PERSON", ["Dervla Ní Mhurchú", "Ní Mhurchú"]),
 ("Cork", "GPE", ["Cork"]),
 ("Department of Education", "ORG", ["Department of Education"]),
 ("Fergal Moynihan", "PERSON", ["Fergal Moynihan", "Moynihan"]),
 ("Tadhg O'Rourke", "PERSON", ["Tadhg O'Rourke"]),
 ("Joint Managerial Body", "ORG", ["Joint Managerial Body"]),
 ("RTÉ", "ORG", ["RTÉ"]),
 ("Athlone", "GPE", ["Athlone"]),
 ("Teachers' Union of Ireland", "ORG", ["Teachers' Union of Ireland"]),
],
[
 ("a loud message from staffrooms that", "Dervla Ní Mhurchú"),
 ("Principals are now timetabling subjects they", "Dervla Ní Mhurchú"),
 ("In some schools in Dublin and", "Dervla Ní Mhurchú"),
 ("increased teacher numbers in each of", "Department of Education", ["Department of Education"]),
 ("Nobody in management disputes the shortages", "Tadhg O'Rourke"),
 ("But taking it out on substitute", "Tadhg O'Rourke"),
 ("I'm not going to pretend there", "Fergal Moynihan"),
 ("There is, and we are working", "Fergal Moynihan"),
],
[
 ("Thursday", "Dublin on Thursday evening", "2023-11-23"),
 ("January 8th", "From January 8th", "2024-01-08"),
 ("September", "maths teacher since September", "2023-09"),
 ("next week", "meet the union next week", "2023-W48"),
 ("Friday", "RTÉ radio on Friday", "2023-11-24"),
 ("the weekend", "Athlone at the weekend", "2023-W47"),
 ("December 6th", "ballot on December 6th", "2023-12-06"),
]),

"inv-120-nebraska-hailstorm": (
"Baseball-size hail batters central Nebraska, injuring 9", "2024-06-11",
"""GRAND ISLAND, Neb. — Hailstones as big as baseballs pounded central Nebraska on Monday evening, shattering windshields, shredding siding and injuring at least nine people caught outdoors, emergency officials said Tuesday.

The storm crossed Hall County and neighboring Buffalo County in about 40 minutes, according to the National Weather Service office in Hastings, which confirmed a stone measuring 4.25 inches across near Doniphan. Wind gusts reached 70 mph.

"It sounded like somebody was emptying a dump truck of rocks onto the roof," said Marisol Ochoa, who lives on the west side of Grand Island. "Then the skylight came through."

Most of the injuries were cuts and bruises, said Trent Wolverton, Hall County's emergency manager. One man was hospitalized after being struck on the head while trying to move his pickup into a garage.

Wolverton said his office had received more than 1,200 damage reports by midday and expected the number to climb. "We're asking folks to document everything with photos before they start cleaning up," he said.

At Prairie Sky Motors on U.S. Highway 30, nearly all of the roughly 300 vehicles on the lot were damaged. Owner Dean Kowalczyk said he had not begun to tally the losses. "Every car out there has a hundred dents," he said. "You can't sell that."

The Nebraska Department of Insurance said it would open a claims help line Wednesday and urged homeowners to be wary of out-of-state contractors going door to door. Hail claims in Nebraska topped $800 million in 2023, the department said.

Anjali Desai, a meteorologist at the Hastings office, said more severe storms were possible later this week but were unlikely to be as intense. The last hailstorm of comparable size to hit Grand Island was in June 2014, she said.""",
[
 ("Grand Island", "GPE", ["GRAND ISLAND", "Grand Island"]),
 ("Nebraska", "GPE", ["Neb.", "Nebraska"]),
 ("Hall County", "GPE", ["Hall County"]),
 ("Buffalo County", "GPE", ["Buffalo County"]),
 ("National Weather Service", "ORG", ["National Weather Service"]),
 ("Hastings", "GPE", ["Hastings"]),
 ("Doniphan", "GPE", ["Doniphan"]),
 ("Marisol Ochoa", "PERSON", ["Marisol Ochoa"]),
 ("Trent Wolverton", "PERSON", ["Trent Wolverton", "Wolverton"]),
 ("Prairie Sky Motors", "ORG", ["Prairie Sky Motors"]),
 ("U.S. Highway 30", "LOC", ["U.S. Highway 30"]),
 ("Dean Kowalczyk", "PERSON", ["Dean Kowalczyk"]),
 ("Nebraska Department of Insurance", "ORG", ["Nebraska Department of Insurance"]),
 ("Anjali Desai", "PERSON", ["Anjali Desai"]),
],
[
 ("It sounded like somebody was emptying a", "Marisol Ochoa"),
 ("Then the skylight came through", "Marisol Ochoa"),
 ("We're asking folks to document everything", "Trent Wolverton"),
 ("Every car out there has a", "Dean Kowalczyk"),
 ("You can't sell that", "Dean Kowalczyk"),
],
[
 ("Monday", "Nebraska on Monday evening", "2024-06-10"),
 ("Tuesday", "officials said Tuesday", "2024-06-11"),
 ("Wednesday", "claims help line Wednesday", "2024-06-12"),
 ("2023", "$800 million in 2023", "2023"),
 ("later this week", "possible later this week", "2024-W24"),
 ("June 2014", "was in June 2014", "2014-06"),
]),

"inv-121-rail-franchise-stripped": (
"Pennine Express stripped of rail franchise after months of cancellations", "2023-05-11",
"""The government is to take the Pennine Express rail franchise into public ownership after months of cancellations that left commuters across Yorkshire and Lancashire stranded on cold platforms.

The Transport Secretary, Ruth Abernethy-Cole, told the Commons on Wednesday that the operator, owned by the Anglo-Dutch group Vennholt Mobility, had 'repeatedly and seriously' breached the terms of its contract. Services will pass to the government's operator of last resort on 25 June.

'Passengers in the north have been let down for far too long,' Ms Abernethy-Cole said. 'I gave the company every chance to put things right. It has not done so, and I am not prepared to let this drag on for another year.'

Figures from the Office of Rail and Road show that Pennine Express cancelled nearly 9 per cent of its trains over the past 12 months, more than three times the national average. On some Sundays last November, one in five services between Leeds and Blackpool did not run.

Vennholt said it was 'deeply disappointed' by the decision and blamed a long-running dispute with drivers over rest-day working. Its UK managing director, Henrik Stalmann, said the company had recruited 140 drivers since January.

'We were weeks away from running a full timetable,' he said. 'The Secretary of State has chosen to end this contract just as the improvements were starting to show.

'Our staff deserve better than to be made scapegoats for problems that began long before we took over.'

Passenger groups welcomed the move. Shirin Bakhtiari, who chairs the Calder Valley Rail Users' Association, said commuters in Hebden Bridge and Todmorden had 'lost jobs, missed hospital appointments and given up on the train altogether'.

The RMT union said it would seek talks with the incoming management next week to make sure staff transferred on their existing terms.

Pennine Express has run services in the region since December 2017. It is the fifth franchise to be brought under public control since 2018.""",
[
 ("Pennine Express", "ORG", ["Pennine Express"]),
 ("Yorkshire", "GPE", ["Yorkshire"]),
 ("Lancashire", "GPE", ["Lancashire"]),
 ("Ruth Abernethy-Cole", "PERSON", ["Ruth Abernethy-Cole", "Abernethy-Cole"]),
 ("House of Commons", "ORG", ["Commons"]),
 ("Vennholt Mobility", "ORG", ["Vennholt Mobility", "Vennholt"]),
 ("Office of Rail and Road", "ORG", ["Office of Rail and Road"]),
 ("Leeds", "GPE", ["Leeds"]),
 ("Blackpool", "GPE", ["Blackpool"]),
 ("United Kingdom", "GPE", ["UK"]),
 ("Henrik Stalmann", "PERSON", ["Henrik Stalmann"]),
 ("Shirin Bakhtiari", "PERSON", ["Shirin Bakhtiari"]),
 ("Calder Valley Rail Users' Association", "ORG", ["Calder Valley Rail Users' Association"]),
 ("Hebden Bridge", "GPE", ["Hebden Bridge"]),
 ("Todmorden", "GPE", ["Todmorden"]),
 ("RMT", "ORG", ["RMT"]),
],
[
 ("repeatedly and seriously", "Ruth Abernethy-Cole"),
 ("Passengers in the north have been", "Ruth Abernethy-Cole"),
 ("I gave the company every chance", "Ruth Abernethy-Cole"),
 ("deeply disappointed", "Vennholt Mobility", ["Vennholt Mobility"]),
 ("We were weeks away from running", "Henrik Stalmann"),
 ("The Secretary of State has chosen", "Henrik Stalmann"),
 ("Our staff deserve better than to", "Henrik Stalmann"),
 ("lost jobs, missed hospital appointments and", "Shirin Bakhtiari"),
],
[
 ("Wednesday", "the Commons on Wednesday", "2023-05-10"),
 ("25 June", "last resort on 25 June", "2023-06-25"),
 ("last November", "Sundays last November", "2022-11"),
 ("January", "140 drivers since January", "2023-01"),
 ("next week", "incoming management next week", "2023-W20"),
 ("December 2017", "since December 2017", "2017-12"),
 ("2018", "public control since 2018", "2018"),
]),

"inv-122-national-chess-championship": (
"Ishaan Rathore, 16, clinches national chess title with a round to spare", "2024-12-28",
"""CHENNAI: Sixteen-year-old Grandmaster Ishaan Rathore became the youngest national chess champion in more than a decade on Saturday, clinching the title with a round to spare at the National Premier Chess Championship in Chennai.

Rathore, who is from Jodhpur, beat top seed Pranav Seshadri in 47 moves in the tenth round to reach 8.5 points, a point and a half clear of his nearest rivals. He meets Mohammed Faizal Ansari of Hyderabad in the final round on Sunday, though the result can no longer change the standings.

"I did not sleep much last night. I kept replaying the Seshadri game in my head," Rathore said after the round. "When he pushed his h-pawn, I knew I had chances."

The teenager had been "working on endgames for four hours a day since August", according to his coach, Rohit Lakshmikanth, who has trained him since he was nine.

Seshadri, the 2022 champion, was gracious in defeat. "He was simply better today. I missed a tactic on move 31 and after that there was no way back," he told reporters.

The All India Chess Federation (AICF) said the top two finishers would represent India at the Asian Continental Championship in Almaty next year. AICF secretary Nandini Purohit said a record 312 players had entered the qualifying stages, held in Pune last month.

"The depth we are seeing now, especially among juniors, is something we only dreamed of ten years ago," Purohit said.

Rathore's family moved to Chennai in 2021 so that he could train full-time. His father, Vikram Rathore, a textile trader, said the family had "given up a lot" for the boy's chess.""",
[
 ("Chennai", "GPE", ["CHENNAI", "Chennai"]),
 ("Ishaan Rathore", "PERSON", ["Ishaan Rathore", "Rathore"]),
 ("Jodhpur", "GPE", ["Jodhpur"]),
 ("Pranav Seshadri", "PERSON", ["Pranav Seshadri", "Seshadri"]),
 ("Mohammed Faizal Ansari", "PERSON", ["Mohammed Faizal Ansari"]),
 ("Hyderabad", "GPE", ["Hyderabad"]),
 ("Rohit Lakshmikanth", "PERSON", ["Rohit Lakshmikanth"]),
 ("All India Chess Federation", "ORG", ["All India Chess Federation", "AICF"]),
 ("India", "GPE", ["India"]),
 ("Almaty", "GPE", ["Almaty"]),
 ("Nandini Purohit", "PERSON", ["Nandini Purohit", "Purohit"]),
 ("Pune", "GPE", ["Pune"]),
 ("Vikram Rathore", "PERSON", ["Vikram Rathore"]),
],
[
 ("I did not sleep much last", "Ishaan Rathore"),
 ("When he pushed his h-pawn, I", "Ishaan Rathore"),
 ("working on endgames for four hours", "Rohit Lakshmikanth"),
 ("He was simply better today. I", "Pranav Seshadri"),
 ("The depth we are seeing now,", "Nandini Purohit"),
 ("given up a lot", "Vikram Rathore"),
],
[
 ("Saturday", "decade on Saturday", "2024-12-28"),
 ("Sunday", "final round on Sunday", "2024-12-29"),
 ("last night", "did not sleep much last night", "2024-12-27"),
 ("August", "a day since August", "2024-08"),
 ("2022", "the 2022 champion", "2022"),
 ("today", "He was simply better today", "2024-12-28"),
 ("next year", "in Almaty next year", "2025"),
 ("last month", "held in Pune last month", "2024-11"),
 ("ten years ago", "dreamed of ten years ago", "2014"),
 ("2021", "moved to Chennai in 2021", "2021"),
]),

"inv-123-shrimp-quota-dispute": (
"Inshore harvesters threaten tie-up over northern shrimp quota cut", "2024-03-18",
"""ST. JOHN'S, N.L. — Inshore fish harvesters in Newfoundland and Labrador say they may keep their boats tied up when the season opens after Ottawa cut the northern shrimp quota by almost a third while largely sparing the offshore fleet.

Fisheries and Oceans Canada announced the 2024 total allowable catch late Friday, setting it at 18,400 tonnes, down from 26,800 tonnes last year. Under the new sharing arrangement, the inshore fleet's allocation falls by 41 per cent, while the factory-freezer trawlers lose about 12 per cent.

"They have balanced the books on the backs of the smallest boats," said Gerald Pittman, president of the Northern Peninsula Harvesters' Association, which represents about 600 owner-operators. "Families in St. Anthony and Port au Choix will feel this by August."

Pittman said members would meet at the wharf in Port au Choix on Wednesday to decide whether to stay in port when the season opens April 1.

In a statement, DFO said the decision reflected "the best available science" and a steep decline in shrimp stocks off Labrador. The department said it had consulted industry groups in February.

Federal Fisheries Minister Anita Dhaliwal-Roy defended the split on Monday, saying the offshore companies had absorbed deeper cuts in previous years. She said she was willing to meet harvesters "as soon as next week" but would not reopen the quota.

The Canadian Atlantic Shrimp Producers Council, which speaks for the offshore licence holders, said the reductions would still cost its members about 200 jobs at sea.

Provincial Fisheries Minister Wade Tulk said the province would ask Ottawa for an independent review of the sharing formula.

"We're not asking for the impossible," Tulk said. "We're asking that the people who live next to this resource get a fair share of it.\"""",
[
 ("St. John's", "GPE", ["ST. JOHN'S"]),
 ("Newfoundland and Labrador", "GPE", ["N.L.", "Newfoundland and Labrador"]),
 ("Ottawa", "GPE", ["Ottawa"]),
 ("Fisheries and Oceans Canada", "ORG", ["Fisheries and Oceans Canada", "DFO"]),
 ("Gerald Pittman", "PERSON", ["Gerald Pittman", "Pittman"]),
 ("Northern Peninsula Harvesters' Association", "ORG", ["Northern Peninsula Harvesters' Association"]),
 ("St. Anthony", "GPE", ["St. Anthony"]),
 ("Port au Choix", "GPE", ["Port au Choix"]),
 ("Labrador", "LOC", ["Labrador"]),
 ("Anita Dhaliwal-Roy", "PERSON", ["Anita Dhaliwal-Roy"]),
 ("Canadian Atlantic Shrimp Producers Council", "ORG", ["Canadian Atlantic Shrimp Producers Council"]),
 ("Wade Tulk", "PERSON", ["Wade Tulk", "Tulk"]),
],
[
 ("They have balanced the books on", "Gerald Pittman"),
 ("Families in St. Anthony and Port", "Gerald Pittman"),
 ("the best available science", "Fisheries and Oceans Canada"),
 ("as soon as next week", "Anita Dhaliwal-Roy"),
 ("We're not asking for the impossible", "Wade Tulk"),
 ("We're asking that the people who", "Wade Tulk"),
],
[
 ("2024", "the 2024 total allowable catch", "2024"),
 ("Friday", "catch late Friday", "2024-03-15"),
 ("last year", "26,800 tonnes last year", "2023"),
 ("August", "feel this by August", "2024-08"),
 ("Wednesday", "Port au Choix on Wednesday", "2024-03-20"),
 ("April 1", "season opens April 1", "2024-04-01"),
 ("February", "industry groups in February", "2024-02"),
 ("Monday", "the split on Monday", "2024-03-18"),
 ("next week", "as soon as next week", "2024-W13"),
]),

"inv-124-apapa-customs-seizure": (
"Customs intercepts tramadol, codeine syrup worth N9.6bn at Apapa", "2023-11-15",
"""The Nigeria Customs Service (NCS) has intercepted four 40-foot containers of tramadol tablets and codeine-based cough syrup with a duty-paid value of N9.6 billion at the Apapa Port in Lagos.

The Customs Area Controller of the Apapa Command, Comptroller Babatunde Adeyemi-Okoro, disclosed this while displaying the seizures to journalists at the command's headquarters on Tuesday.

He said the containers, which arrived from India in September, were declared as assorted plastic household items but were flagged by the command's risk management unit following an intelligence report.

"When our officers opened the first container, what they found behind two rows of plastic buckets were cartons of tramadol 225mg, a strength that is not approved for use anywhere in this country," Adeyemi-Okoro said.

He added: "The importer thought he could hide behind a clean declaration. He was wrong."

According to the comptroller, two suspects, including a licensed customs agent, have been arrested, while the consignee, a firm registered as Olumide-Eze Global Ventures Limited, is under investigation.

The seized drugs were handed over to the National Drug Law Enforcement Agency (NDLEA) for prosecution and eventual destruction. Receiving the consignment, the NDLEA Lagos Commander, Hajiya Zainab Bello-Kwami, said the tablets could have reached "millions of young people in our communities" within weeks.

Mrs. Bello-Kwami commended the NCS for what she described as growing cooperation between the two agencies, saying joint operations since January had led to 37 arrests at the nation's seaports.

The Apapa Command also said it generated N412.7 billion in revenue between January and October, a 19 per cent rise over the same period last year.""",
[
 ("Nigeria Customs Service", "ORG", ["Nigeria Customs Service", "NCS"]),
 ("Apapa Port", "LOC", ["Apapa Port"]),
 ("Lagos", "GPE", ["Lagos"]),
 ("Apapa Command", "ORG", ["Apapa Command"]),
 ("Babatunde Adeyemi-Okoro", "PERSON", ["Babatunde Adeyemi-Okoro", "Adeyemi-Okoro"]),
 ("India", "GPE", ["India"]),
 ("Olumide-Eze Global Ventures Limited", "ORG", ["Olumide-Eze Global Ventures Limited"]),
 ("National Drug Law Enforcement Agency", "ORG", ["National Drug Law Enforcement Agency", "NDLEA"]),
 ("Zainab Bello-Kwami", "PERSON", ["Zainab Bello-Kwami", "Bello-Kwami"]),
],
[
 ("When our officers opened the first container", "Babatunde Adeyemi-Okoro"),
 ("The importer thought he could hide", "Babatunde Adeyemi-Okoro"),
 ("millions of young people in our communities", "Zainab Bello-Kwami"),
],
[
 ("Tuesday", "headquarters on Tuesday", "2023-11-14"),
 ("September", "from India in September", "2023-09"),
 ("January", "joint operations since January", "2023-01"),
 ("January", "between January and October", "2023-01"),
 ("October", "and October, a 19", "2023-10"),
 ("last year", "same period last year", "2022"),
]),

"inv-125-phone-battery-recall": (
"Halcyon recalls 1.2 million smartphones over battery fire risk", "2025-05-15",
"""SAN JOSE, Calif. — Halcyon Mobile is recalling about 1.2 million Vista 5 smartphones sold in the United States and Canada because their batteries can swell and catch fire while charging, the company and federal regulators said Thursday.

The U.S. Consumer Product Safety Commission said it had received 86 reports of batteries overheating, including 14 fires and six minor burns. In one case, a phone caught fire on a nightstand in a child's bedroom in Fresno, California, the agency said.

The phones were sold at carrier stores, electronics retailers and online from September 2023 through last month for between $399 and $549. Owners can check whether their device is affected by entering its serial number on Halcyon's website.

"Nothing matters more to us than the safety of the people who use our products," Halcyon CEO Marcus Oyelaran said in a video posted online. "If your phone is on the list, stop charging it and we will replace it free of charge."

The company said the problem had been traced to a defect in a batch of battery cells made by Sarvottam, its Indian supplier, on a single production line in the first half of last year. Separators inside some cells were thinner than specified, allowing them to short-circuit, it said.

Sarvottam said in a statement that it was cooperating with Halcyon and that no other customers' products were affected.

Rachel Feinberg-Ortiz, of the consumer group SafeHome Watch, said the recall had come too late. The first fire reports were filed in January, she said.

"That's four months in which people were sleeping next to these phones," Feinberg-Ortiz said. "Somebody at that company knew."

Halcyon shares fell 3.1% Thursday on the Nasdaq.""",
[
 ("San Jose", "GPE", ["SAN JOSE"]),
 ("California", "GPE", ["Calif.", "California"]),
 ("Halcyon Mobile", "ORG", ["Halcyon Mobile", "Halcyon"]),
 ("United States", "GPE", ["United States"]),
 ("Canada", "GPE", ["Canada"]),
 ("U.S. Consumer Product Safety Commission", "ORG", ["U.S. Consumer Product Safety Commission"]),
 ("Fresno", "GPE", ["Fresno"]),
 ("Marcus Oyelaran", "PERSON", ["Marcus Oyelaran"]),
 ("Sarvottam Energy Cells", "ORG", ["Sarvottam"]),
 ("Rachel Feinberg-Ortiz", "PERSON", ["Rachel Feinberg-Ortiz", "Feinberg-Ortiz"]),
 ("SafeHome Watch", "ORG", ["SafeHome Watch"]),
 ("Nasdaq", "ORG", ["Nasdaq"]),
],
[
 ("Nothing matters more to us than the", "Marcus Oyelaran"),
 ("If your phone is on the", "Marcus Oyelaran"),
 ("That's four months in which people", "Rachel Feinberg-Ortiz"),
 ("Somebody at that company knew", "Rachel Feinberg-Ortiz"),
],
[
 ("Thursday", "regulators said Thursday", "2025-05-15"),
 ("September 2023", "from September 2023", "2023-09"),
 ("last month", "through last month", "2025-04"),
 ("last year", "first half of last year", "2024"),
 ("January", "filed in January", "2025-01"),
 ("Thursday", "fell 3.1% Thursday", "2025-05-15"),
]),

"inv-126-lithium-royalty-bill": (
"Miners warn of job losses as WA lithium royalty bill clears lower house", "2024-08-16",
"""Western Australia's lower house has passed legislation lifting royalties on lithium and other critical minerals from 1 July next year, despite warnings from the resources industry that the change will cost jobs in the Pilbara and the Goldfields.

The Mineral Royalties Amendment Bill passed the Legislative Assembly 38 votes to 17 late on Thursday night and will go to the Legislative Council next month, where the government has the numbers to pass it.

Under the bill, the royalty rate on spodumene concentrate will move from a flat 5 per cent to a sliding scale that reaches 9 per cent when prices are high.

Treasurer Natalie Vukovich said the state had sold its mineral wealth "too cheaply for too long".

"West Australians own these resources," she told parliament. "When prices go through the roof, they deserve a bigger share of the windfall, and this bill delivers it."

Ms Vukovich said the new scale would raise an estimated $1.4 billion over four years.

The Chamber of Minerals and Energy of Western Australia said in a statement that the bill sent "exactly the wrong signal to investors at the bottom of the price cycle". The CME said lithium prices had fallen by more than 80 per cent since late 2022 and several mines had already been placed on care and maintenance.

Koorabel Lithium managing director Tom Halloran-Nguyen, who told investors earlier this week that the company was cutting 150 jobs, said it would now review plans for a $600 million refinery near Kalgoorlie.

"We haven't made a final decision, but the numbers just got a lot harder," Mr Halloran-Nguyen said.

Opposition mining spokesman Craig Ferraro said the government had broken a 2021 election promise not to raise royalties. "They looked the industry in the eye and said no new taxes," he said.

The bill follows a review of the royalty regime commissioned in March, which found WA's lithium rate was among the lowest in the country.""",
[
 ("Western Australia", "GPE", ["Western Australia", "WA"]),
 ("Pilbara", "LOC", ["Pilbara"]),
 ("Goldfields", "LOC", ["Goldfields"]),
 ("Legislative Assembly", "ORG", ["Legislative Assembly"]),
 ("Legislative Council", "ORG", ["Legislative Council"]),
 ("Natalie Vukovich", "PERSON", ["Natalie Vukovich", "Vukovich"]),
 ("Chamber of Minerals and Energy of Western Australia", "ORG", ["Chamber of Minerals and Energy of Western Australia", "CME"]),
 ("Koorabel Lithium", "ORG", ["Koorabel Lithium"]),
 ("Tom Halloran-Nguyen", "PERSON", ["Tom Halloran-Nguyen", "Halloran-Nguyen"]),
 ("Kalgoorlie", "GPE", ["Kalgoorlie"]),
 ("Craig Ferraro", "PERSON", ["Craig Ferraro"]),
],
[
 ("too cheaply for too long", "Natalie Vukovich"),
 ("West Australians own these resources", "Natalie Vukovich"),
 ("When prices go through the roof,", "Natalie Vukovich"),
 ("exactly the wrong signal to investors", "Chamber of Minerals and Energy of Western Australia"),
 ("We haven't made a final decision,", "Tom Halloran-Nguyen"),
 ("They looked the industry in the", "Craig Ferraro"),
],
[
 ("1 July next year", "from 1 July next year", "2025-07-01"),
 ("Thursday", "late on Thursday night", "2024-08-15"),
 ("next month", "Legislative Council next month", "2024-09"),
 ("late 2022", "since late 2022", "2022"),
 ("earlier this week", "investors earlier this week", "2024-W33"),
 ("2021", "a 2021 election promise", "2021"),
 ("March", "commissioned in March", "2024-03"),
]),

"inv-127-anglo-saxon-bed-burial": (
"Anglo-Saxon woman's bed burial found under planned Oxfordshire estate", "2022-08-17",
"""Archaeologists excavating the site of a planned housing estate in Oxfordshire have uncovered the grave of a high-status Anglo-Saxon woman buried on a wooden bed with a gold pendant and a bronze bowl, in what experts say is one of the most important finds of its kind in England for a generation.

The burial, thought to be about 1,350 years old, was discovered last month on farmland outside the village of Charlwood Parva, near Wantage, where Bellcroft Homes plans to build 240 houses. Details were kept secret until Tuesday to protect the site from illegal metal detecting.

'When the first flash of gold appeared in the soil, the whole team went quiet,' said Dr Priya Hollis-Mensah, who led the excavation for Thamesvale Archaeology. 'Then everyone started shouting at once.'

Bed burials are extremely rare in Britain, with fewer than 20 known. Dr Hollis-Mensah said the woman was probably a member of a ruling family and may have been among the first Christians in the region: the pendant is set with garnets in the shape of a cross.

'She was somebody people wanted to remember. The care that went into this grave is extraordinary.' She said the bed's iron fittings had survived almost intact, allowing the team to reconstruct its frame.

Historic England said the find was of 'exceptional national importance' and that it was working with the developer and Vale of White Horse District Council on a plan to protect the rest of the site.

Bellcroft's planning director, Owen Pritchard, said the company had paused work on the northern part of the site and would redesign the layout if necessary. 'We knew there might be archaeology here,' he said. 'We did not expect a princess.'

The objects have been taken to a conservation laboratory in Oxford. A treasure inquest is expected to be opened by the Oxfordshire coroner on 3 October, and the finds are likely to go on display at the Ashmolean Museum next year.""",
[
 ("Oxfordshire", "GPE", ["Oxfordshire"]),
 ("England", "GPE", ["England"]),
 ("Charlwood Parva", "GPE", ["Charlwood Parva"]),
 ("Wantage", "GPE", ["Wantage"]),
 ("Bellcroft Homes", "ORG", ["Bellcroft Homes", "Bellcroft"]),
 ("Priya Hollis-Mensah", "PERSON", ["Priya Hollis-Mensah", "Hollis-Mensah"]),
 ("Thamesvale Archaeology", "ORG", ["Thamesvale Archaeology"]),
 ("United Kingdom", "GPE", ["Britain"]),
 ("Historic England", "ORG", ["Historic England"]),
 ("Vale of White Horse District Council", "ORG", ["Vale of White Horse District Council"]),
 ("Owen Pritchard", "PERSON", ["Owen Pritchard"]),
 ("Oxford", "GPE", ["Oxford"]),
 ("Ashmolean Museum", "ORG", ["Ashmolean Museum"]),
],
[
 ("When the first flash of gold appeared", "Priya Hollis-Mensah"),
 ("Then everyone started shouting at once", "Priya Hollis-Mensah"),
 ("She was somebody people wanted to", "Priya Hollis-Mensah"),
 ("exceptional national importance", "Historic England"),
 ("We knew there might be archaeology", "Owen Pritchard"),
 ("We did not expect a princess", "Owen Pritchard"),
],
[
 ("last month", "discovered last month", "2022-07"),
 ("Tuesday", "secret until Tuesday", "2022-08-16"),
 ("3 October", "coroner on 3 October", "2022-10-03"),
 ("next year", "Ashmolean Museum next year", "2023"),
]),

"inv-128-kyrgyzstan-expels-ambassador": (
"Kyrgyzstan expels British ambassador over meetings with opposition", "2025-06-13",
"""BISHKEK, Kyrgyzstan — Kyrgyzstan on Friday ordered Britain's ambassador to leave the country within 72 hours, accusing her of meddling in domestic politics by meeting opposition figures and journalists ahead of parliamentary elections due in November.

Kyrgyzstan's Ministry of Foreign Affairs said in a statement that Ambassador Helen Tremayne-Osei had been declared persona non grata for "activities incompatible with her diplomatic status". The ministry said she had held "a series of undisclosed meetings" in the southern city of Osh last week, including one with the editor of an independent news site that a court ordered closed in March.

The Foreign, Commonwealth and Development Office in London called the decision "unjustified and deeply regrettable" and said Britain would respond "in an appropriate and proportionate way". It summoned Kyrgyzstan's charge d'affaires on Friday afternoon.

"Meeting journalists and members of civil society is a normal part of any diplomat's work, in Bishkek as anywhere else," a spokesperson for the department said.

Tremayne-Osei, who has been ambassador since 2022, did not comment publicly. According to embassy staff, she was expected to leave on Sunday on a flight via Istanbul.

Azamat Toktogulov, an opposition member of parliament who attended one of the meetings in Osh, dismissed the government's account.

"We talked about press freedom and the price of bread. There was nothing secret about it." He said the expulsion was meant to intimidate anyone considering speaking to foreign diplomats before the vote.

Analysts said the move was likely to chill relations with London at a time when Bishkek has been courting Western investment in its mining sector. Kyrgyz and British officials signed a minerals cooperation agreement in January.""",
[
 ("Bishkek", "GPE", ["BISHKEK", "Bishkek"]),
 ("Kyrgyzstan", "GPE", ["Kyrgyzstan"]),
 ("United Kingdom", "GPE", ["Britain"]),
 ("Ministry of Foreign Affairs of Kyrgyzstan", "ORG", ["Ministry of Foreign Affairs"]),
 ("Helen Tremayne-Osei", "PERSON", ["Helen Tremayne-Osei", "Tremayne-Osei"]),
 ("Osh", "GPE", ["Osh"]),
 ("Foreign, Commonwealth and Development Office", "ORG", ["Foreign, Commonwealth and Development Office"]),
 ("London", "GPE", ["London"]),
 ("Istanbul", "GPE", ["Istanbul"]),
 ("Azamat Toktogulov", "PERSON", ["Azamat Toktogulov"]),
],
[
 ("activities incompatible with her diplomatic status", "Ministry of Foreign Affairs of Kyrgyzstan"),
 ("a series of undisclosed meetings", "Ministry of Foreign Affairs of Kyrgyzstan"),
 ("unjustified and deeply regrettable", "Foreign, Commonwealth and Development Office"),
 ("in an appropriate and proportionate way", "Foreign, Commonwealth and Development Office"),
 ("Meeting journalists and members of civil", "Foreign, Commonwealth and Development Office"),
 ("We talked about press freedom and", "Azamat Toktogulov"),
],
[
 ("November", "elections due in November", "2025-11"),
 ("Friday", "Kyrgyzstan on Friday", "2025-06-13"),
 ("last week", "Osh last week", "2025-W23"),
 ("March", "ordered closed in March", "2025-03"),
 ("Friday", "on Friday afternoon", "2025-06-13"),
 ("2022", "ambassador since 2022", "2022"),
 ("Sunday", "leave on Sunday", "2025-06-15"),
 ("January", "agreement in January", "2025-01"),
]),

}
# fmt: on
