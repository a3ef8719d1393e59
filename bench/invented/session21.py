"""Session 21's invented articles, written by two helper sessions from one brief each, at the
start of the session, before its rules: they had not seen the rules' code or their output, and
the engineer who wrote the rules never read them, only their total scores.
`HELD_OUT_WHILE_WRITING` (inv-105 … inv-116) served as session 21's held-out check while its rules
were written; `HELD_OUT_LAST` (inv-117 … inv-128) was scored once, at the session's end.
`CONSULTED` (inv-129 … inv-152) was written the same way halfway through the session, to be read:
its per-article errors showed kinds of failure on news no rule was grown on.
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
CONSULTED: dict[str, tuple] = {

"inv-129-ibadan-doctors-strike": (
"Resident doctors begin indefinite strike at Ibadan teaching hospital", "2024-06-12",
"""IBADAN — Patients were turned away from the Oluyole Teaching Hospital, Ibadan, on Tuesday as resident doctors at the facility began an indefinite strike over eight months of unpaid allowances and what their leader called "slave conditions" on call duty.

The Association of Resident Doctors (ARD) in the hospital said the action would continue until the Oyo State Government paid arrears owed since October and approved the recruitment of more house officers.

The association's president, Dr. Chidiebere Anyanwu, said members had exhausted every avenue for dialogue.

"We have been patient for too long. Some of our members can no longer pay their rent, yet they are expected to run 48-hour calls without rest," Anyanwu said.

He added that four doctors had resigned from the hospital last month to take up jobs in the United Kingdom and Saudi Arabia, leaving the emergency department badly short-staffed.

At the general outpatient clinic on Tuesday morning, dozens of patients sat on benches waiting for doctors who never came. A trader at Bodija Market, Mrs. Modupe Alabi, said she had brought her mother from Ogbomoso for a scheduled operation.

"They told us to go home and come back when the strike is over. Where do they want us to go?" she asked.

In a statement signed by its Head of Public Relations, Mr. Gbenga Olaniyan, the hospital management said consultants and nurses would continue to attend to emergencies, and appealed to the doctors to "consider the plight of the poor patients".

The state Commissioner for Health, Dr. Halima Sule-Bello, told journalists on Wednesday that N1.2 billion had been approved to clear the arrears and that payment would begin "before the end of the month".

"Government is not deaf to their complaints. We are only asking them to give us two weeks," she said.

But Anyanwu dismissed the promise, saying the association had heard the same words in January and again in March.

Last week, the Nigerian Association of Resident Doctors (NARD) gave the Federal Ministry of Health a 21-day ultimatum over similar demands at hospitals across the country.""",
[
 ("Ibadan", "GPE", ["Ibadan"]),
 ("Oluyole Teaching Hospital", "ORG", ["Oluyole Teaching Hospital"]),
 ("Association of Resident Doctors", "ORG", ["Association of Resident Doctors", "ARD"]),
 ("Oyo State Government", "ORG", ["Oyo State Government"]),
 ("Chidiebere Anyanwu", "PERSON", ["Chidiebere Anyanwu", "Anyanwu"]),
 ("United Kingdom", "GPE", ["United Kingdom"]),
 ("Saudi Arabia", "GPE", ["Saudi Arabia"]),
 ("Bodija Market", "LOC", ["Bodija Market"]),
 ("Modupe Alabi", "PERSON", ["Modupe Alabi"]),
 ("Ogbomoso", "GPE", ["Ogbomoso"]),
 ("Gbenga Olaniyan", "PERSON", ["Gbenga Olaniyan"]),
 ("Halima Sule-Bello", "PERSON", ["Halima Sule-Bello"]),
 ("Nigerian Association of Resident Doctors", "ORG", ["Nigerian Association of Resident Doctors", "NARD"]),
 ("Federal Ministry of Health", "ORG", ["Federal Ministry of Health"]),
],
[
 ("slave conditions", "Chidiebere Anyanwu", ["Chidiebere Anyanwu", "Association of Resident Doctors"]),
 ("We have been patient for too long", "Chidiebere Anyanwu"),
 ("They told us to go home and", "Modupe Alabi"),
 ("consider the plight of the poor patients", "Oluyole Teaching Hospital", ["Oluyole Teaching Hospital", "Gbenga Olaniyan"]),
 ("before the end of the month", "Halima Sule-Bello"),
 ("Government is not deaf to their complaints", "Halima Sule-Bello"),
],
[
 ("Tuesday", "Ibadan, on Tuesday as resident", "2024-06-11"),
 ("October", "arrears owed since October", "2023-10"),
 ("last month", "resigned from the hospital last month", "2024-05"),
 ("Tuesday", "clinic on Tuesday morning", "2024-06-11"),
 ("Wednesday", "told journalists on Wednesday", "2024-06-12"),
 ("the end of the month", "before the end of the month", "2024-06"),
 ("January", "the same words in January", "2024-01"),
 ("March", "and again in March", "2024-03"),
 ("Last week", "Last week, the Nigerian Association", "2024-W23"),
]),

"inv-130-bank-quarterly-profit": (
"Frontenac Financial profit slides as South African mining loan sours", "2024-08-28",
"""MONTREAL — Frontenac Financial Group reported a 19 per cent drop in quarterly profit on Wednesday, as Canada's sixth-largest lender set aside more money to cover bad loans, including a large exposure to a mining company whose flagship mine collapsed last month.

The Montreal-based bank said it earned $612 million in the three months ended July 31, down from $756 million a year ago. Frontenac's shares fell 6.4 per cent to $71.20 on the Toronto Stock Exchange.

Provisions for credit losses more than doubled to $498 million. Chief financial officer Rajiv Dhillon told analysts on a conference call that about $140 million of that related to a single loan to Karoo Continental, which has halted production across its operations in South Africa since the accident at its Limpopo mine.

"We took a prudent view of that exposure, and we think we've taken the hit," Dhillon said. "We don't expect further material charges on that name."

Chief executive Marie-Claude Bérubé said the rest of the increase reflected strain among commercial real estate borrowers and households renewing mortgages at higher rates.

"Canadians are resilient, but we're seeing more customers fall behind on car loans and credit cards than at any point since 2017," she said. She added that she expected impaired loans to peak early next year, as the Bank of Canada's rate cuts work their way through the economy.

Analysts were less forgiving. Colin Matheson of Northgate Capital Markets said the size of the Karoo Continental charge raised questions about how the bank assessed risk in its international lending book.

"One bad loan is bad luck. But this is a bank that spent years telling investors its mining desk was a competitive advantage," he wrote in a note to clients.

Frontenac's Canadian banking division earned $402 million, down 11 per cent, while its wealth management arm posted a record profit of $188 million. The bank kept its dividend unchanged at 92 cents a share.

On Tuesday, rival Harcourt Bank reported a 4 per cent rise in profit, helped by strong trading revenue.""",
[
 ("Montreal", "GPE", ["Montreal"]),
 ("Frontenac Financial Group", "ORG", ["Frontenac Financial Group", "Frontenac"]),
 ("Canada", "GPE", ["Canada"]),
 ("Toronto Stock Exchange", "ORG", ["Toronto Stock Exchange"]),
 ("Rajiv Dhillon", "PERSON", ["Rajiv Dhillon", "Dhillon"]),
 ("Karoo Continental Resources", "ORG", ["Karoo Continental"]),
 ("South Africa", "GPE", ["South Africa"]),
 ("Limpopo", "GPE", ["Limpopo"]),
 ("Marie-Claude Bérubé", "PERSON", ["Marie-Claude Bérubé"]),
 ("Bank of Canada", "ORG", ["Bank of Canada"]),
 ("Colin Matheson", "PERSON", ["Colin Matheson"]),
 ("Northgate Capital Markets", "ORG", ["Northgate Capital Markets"]),
 ("Harcourt Bank", "ORG", ["Harcourt Bank"]),
],
[
 ("We took a prudent view of that exposure", "Rajiv Dhillon"),
 ("We don't expect further material charges", "Rajiv Dhillon"),
 ("Canadians are resilient, but we're seeing", "Marie-Claude Bérubé"),
 ("One bad loan is bad luck", "Colin Matheson"),
],
[
 ("Wednesday", "quarterly profit on Wednesday", "2024-08-28"),
 ("last month", "whose flagship mine collapsed last month", "2024-07"),
 ("July 31", "three months ended July 31", "2024-07-31"),
 ("a year ago", "$756 million a year ago", "2023"),
 ("2017", "at any point since 2017", "2017"),
 ("early next year", "peak early next year", "2025"),
 ("Tuesday", "On Tuesday, rival Harcourt Bank", "2024-08-27"),
]),

"inv-131-drogheda-murder-appeal": (
"Court of Appeal orders retrial for man convicted of Drogheda pub killing", "2023-11-22",
"""A man jailed for life for the murder of a father-of-two outside a Drogheda pub will face a retrial after the Court of Appeal yesterday found that his trial judge had wrongly allowed the jury to hear evidence of an earlier assault.

Eoghan Feeney (36), of Ardcarn Grove, Drogheda, Co Louth, was convicted at the Central Criminal Court in June 2021 of murdering Aidan Hanratty (41), who was stabbed during a row on Laurence Street in the early hours of 4 August 2019. He had pleaded not guilty.

Delivering the judgment of the three-judge court, Ms Justice Deirdre Ní Fhaoláin said the evidence that Mr Feeney had punched a doorman in 2016 "should never have gone before the jury".

"It was of limited relevance and highly prejudicial. We cannot be satisfied that the jury's verdict would have been the same without it," she said.

Counsel for Mr Feeney, Orla Ní Chonaill SC, had argued at a hearing in October that the incident, which never led to a conviction, painted her client as "a man with a short fuse" at a trial where self-defence was the central issue.

The Director of Public Prosecutions had opposed the appeal. Conor Halpin SC, for the DPP, told the court the evidence had been properly admitted to rebut Mr Feeney's claim in garda interviews that he had never been violent.

Ms Justice Ní Fhaoláin said the court would hear an application for bail on 12 January, and the retrial is expected to take place next year.

Mr Hanratty's family, who sat in the public gallery throughout, left without comment. His sister, Clodagh Hanratty, later told reporters outside the Four Courts that the family had been "put back to the start".

"We sat through four weeks of evidence and we thought it was over. Now we have to do it all again, and so does every witness," she said. "Aidan deserved better than this."

Mr Feeney, who has been in custody since his arrest, was remanded to Wheatfield Prison.""",
[
 ("Drogheda", "GPE", ["Drogheda"]),
 ("Court of Appeal", "ORG", ["Court of Appeal"]),
 ("Eoghan Feeney", "PERSON", ["Eoghan Feeney", "Feeney"]),
 ("Ardcarn Grove", "LOC", ["Ardcarn Grove"]),
 ("Co Louth", "GPE", ["Co Louth"]),
 ("Central Criminal Court", "ORG", ["Central Criminal Court"]),
 ("Aidan Hanratty", "PERSON", ["Aidan Hanratty", "Hanratty", "Aidan"]),
 ("Laurence Street", "LOC", ["Laurence Street"]),
 ("Deirdre Ní Fhaoláin", "PERSON", ["Deirdre Ní Fhaoláin", "Ní Fhaoláin"]),
 ("Orla Ní Chonaill", "PERSON", ["Orla Ní Chonaill"]),
 ("Director of Public Prosecutions", "ORG", ["Director of Public Prosecutions", "DPP"]),
 ("Conor Halpin", "PERSON", ["Conor Halpin"]),
 ("Clodagh Hanratty", "PERSON", ["Clodagh Hanratty"]),
 ("Four Courts", "LOC", ["Four Courts"]),
 ("Wheatfield Prison", "LOC", ["Wheatfield Prison"]),
],
[
 ("should never have gone before the jury", "Deirdre Ní Fhaoláin"),
 ("It was of limited relevance and", "Deirdre Ní Fhaoláin"),
 ("a man with a short fuse", "Orla Ní Chonaill"),
 ("put back to the start", "Clodagh Hanratty"),
 ("We sat through four weeks of evidence", "Clodagh Hanratty"),
 ("Aidan deserved better than this", "Clodagh Hanratty"),
],
[
 ("yesterday", "Court of Appeal yesterday found", "2023-11-21"),
 ("June 2021", "Central Criminal Court in June 2021", "2021-06"),
 ("4 August 2019", "early hours of 4 August 2019", "2019-08-04"),
 ("2016", "punched a doorman in 2016", "2016"),
 ("October", "at a hearing in October", "2023-10"),
 ("12 January", "bail on 12 January", "2024-01-12"),
 ("next year", "take place next year", "2024"),
]),

"inv-132-adelaide-hills-bushfire": (
"Homes lost as bushfire tears through Adelaide Hills towns", "2025-01-09",
"""At least 14 homes have been destroyed and a volunteer firefighter is in hospital after a fast-moving bushfire swept through the northern Adelaide Hills on Wednesday afternoon, forcing hundreds of residents to flee.

The blaze started near Tallowvale about 1.30pm and, pushed by northerly winds gusting to 70km/h, ran more than 12 kilometres towards Mount Carrow within three hours, according to the Country Fire Service.

The CFS issued an emergency warning for Mount Carrow, Tallowvale and Kenton Flat shortly after 3pm, telling residents it was too late to leave. Many sheltered on the town oval as embers rained down on the main street.

Chief officer Brett Tamblyn said crews had fought "in some of the worst conditions I've seen in my career".

"The fire was spotting up to two kilometres ahead of itself. Our people did an extraordinary job just to keep it out of the township," he said on Thursday morning.

A 46-year-old volunteer from Kenton Flat suffered burns to his arms and face when his truck was caught in a flare-up. He was flown to the Royal Adelaide Hospital.

"He is in a stable condition and his family is with him," a CFS spokeswoman said.

Vineyard owner Stavros Pappas said he and his wife had stayed to defend their property until the last moment.

"We watched it come over the ridge like a freight train," he said. "Ten minutes later the sheds were gone. The house is still standing, and I honestly don't know how."

The Bureau of Meteorology has forecast milder conditions on Friday, but warned that temperatures would climb again over the weekend, with a top of 41C expected in Adelaide on Sunday.

Senior meteorologist Anjali Raman said rainfall across the Hills had been less than half the average since September.

"Everything out there is primed to burn. People need to have their plans ready now, not when they see smoke," she said.

More than 200 firefighters remained at the fireground on Thursday, and the blaze, which has burnt through 3,400 hectares, was still not contained.""",
[
 ("Adelaide Hills", "LOC", ["Adelaide Hills", "Hills"]),
 ("Tallowvale", "GPE", ["Tallowvale"]),
 ("Mount Carrow", "GPE", ["Mount Carrow"]),
 ("Country Fire Service", "ORG", ["Country Fire Service", "CFS"]),
 ("Kenton Flat", "GPE", ["Kenton Flat"]),
 ("Brett Tamblyn", "PERSON", ["Brett Tamblyn"]),
 ("Royal Adelaide Hospital", "ORG", ["Royal Adelaide Hospital"]),
 ("Stavros Pappas", "PERSON", ["Stavros Pappas"]),
 ("Bureau of Meteorology", "ORG", ["Bureau of Meteorology"]),
 ("Adelaide", "GPE", ["Adelaide"]),
 ("Anjali Raman", "PERSON", ["Anjali Raman"]),
],
[
 ("in some of the worst conditions", "Brett Tamblyn"),
 ("The fire was spotting up to two", "Brett Tamblyn"),
 ("He is in a stable condition", "Country Fire Service"),
 ("We watched it come over the ridge", "Stavros Pappas"),
 ("Ten minutes later the sheds were gone", "Stavros Pappas"),
 ("Everything out there is primed to burn", "Anjali Raman"),
],
[
 ("Wednesday", "Adelaide Hills on Wednesday afternoon", "2025-01-08"),
 ("Thursday", "he said on Thursday morning", "2025-01-09"),
 ("Friday", "milder conditions on Friday", "2025-01-10"),
 ("the weekend", "climb again over the weekend", "2025-W02"),
 ("Sunday", "in Adelaide on Sunday", "2025-01-12"),
 ("September", "the average since September", "2024-09"),
 ("Thursday", "the fireground on Thursday", "2025-01-09"),
]),

"inv-133-kelsford-town-takeover": (
"Omani investor completes takeover of Kelsford Town", "2024-03-15",
"""Kelsford Town have been taken over by a consortium led by the Omani businessman Tariq bin Sultan Al-Harithi, ending eight years of ownership by the local haulage boss Graham Pettifer.

The deal, which gives Mr Al-Harithi's company, Sohar Bay Holdings, an 85 per cent stake in the third-tier club, was approved by the English Football League on Thursday after the consortium passed the league's owners' and directors' test. The remaining shares stay with the Kelsford Town Supporters' Trust.

Mr Al-Harithi, 52, who made his fortune in port logistics in Muscat and Rotterdam, said he wanted the club playing in the second tier within three seasons.

'This is a town with a proud football history and supporters who deserve more than survival,' he said in a statement released by the club on Friday morning. 'We will invest in the squad, but also in the academy and in Ashby Road, which has been neglected for too long.'

Mr Pettifer, who bought the club for a reported £1 in 2016 when it was weeks from going out of business, said the time was right to step aside.

'I have put my heart and a fair bit of my bank balance into this club,' he said. 'It needs someone with deeper pockets than mine now.'

Not everyone has welcomed the sale. The trust's chair, Folake Adeyemi-Hart, said members had been promised a say over any future sale of the stadium but had yet to see that written into the club's articles.

'We're not against new money. We're against finding out about big decisions from the local paper,' Ms Adeyemi-Hart said. 'We've asked for a meeting with the new owners next week and we'll be holding them to it.'

Sohar Bay Holdings said it would meet the trust 'at the earliest opportunity'.

An EFL spokesman confirmed that the league had completed its checks, adding that the approval was 'subject to the usual ongoing conditions'.

Kelsford, 14th in the table, are away at Lincoln on Saturday, when Mr Al-Harithi is expected to watch his first match as owner.""",
[
 ("Kelsford Town", "ORG", ["Kelsford Town", "Kelsford"]),
 ("Tariq bin Sultan Al-Harithi", "PERSON", ["Tariq bin Sultan Al-Harithi", "Al-Harithi"]),
 ("Graham Pettifer", "PERSON", ["Graham Pettifer", "Pettifer"]),
 ("Sohar Bay Holdings", "ORG", ["Sohar Bay Holdings"]),
 ("English Football League", "ORG", ["English Football League", "EFL"]),
 ("Kelsford Town Supporters' Trust", "ORG", ["Kelsford Town Supporters' Trust"]),
 ("Muscat", "GPE", ["Muscat"]),
 ("Rotterdam", "GPE", ["Rotterdam"]),
 ("Ashby Road", "LOC", ["Ashby Road"]),
 ("Folake Adeyemi-Hart", "PERSON", ["Folake Adeyemi-Hart", "Adeyemi-Hart"]),
 ("Lincoln", "GPE", ["Lincoln"]),
],
[
 ("This is a town with a proud", "Tariq bin Sultan Al-Harithi"),
 ("We will invest in the squad", "Tariq bin Sultan Al-Harithi"),
 ("I have put my heart and a", "Graham Pettifer"),
 ("It needs someone with deeper pockets", "Graham Pettifer"),
 ("We're not against new money", "Folake Adeyemi-Hart"),
 ("We've asked for a meeting with the", "Folake Adeyemi-Hart"),
 ("at the earliest opportunity", "Sohar Bay Holdings"),
 ("subject to the usual ongoing conditions", "English Football League"),
],
[
 ("Thursday", "English Football League on Thursday", "2024-03-14"),
 ("Friday", "by the club on Friday morning", "2024-03-15"),
 ("2016", "for a reported £1 in 2016", "2016"),
 ("next week", "the new owners next week", "2024-W12"),
 ("Saturday", "away at Lincoln on Saturday", "2024-03-16"),
]),

"inv-134-island-states-climate-summit": (
"Island states press rich nations on climate finance ahead of Baku talks", "2024-09-12",
"""PORT LOUIS, Mauritius — Ministers from more than 30 small island nations on Thursday demanded that wealthy countries triple the money they provide for coping with rising seas, warning that their patience was running out ahead of the United Nations climate talks in Baku in November.

A declaration agreed at the end of a three-day summit in Port Louis calls for at least $300 billion a year in public climate finance by 2030, most of it as grants rather than loans, and for a dedicated window for small islands in the new loss and damage fund.

"We are not asking for charity. We are asking for the bill to be paid by those who ran it up," said Mauritius's environment minister, Prakash Seetohul.

Delegates cited the latest assessment by the Intergovernmental Panel on Climate Change, which found that several low-lying atoll nations could become uninhabitable even if warming is held to 1.5C.

"My grandchildren may grow up without ever standing on the island where I was born. That is not a forecast any more. It is a plan we are already making.

"We have started to map where our cemeteries will go," Tuvalu's climate envoy, Fetu Lauina, told reporters.

The Alliance of Small Island States, which negotiates as a bloc at UN talks, said the declaration would form the basis of its position in Azerbaijan.

The World Bank said in a statement that it was "ready to work with island governments" on faster access to funds, but did not commit to new money.

Finance remains the most divisive issue before the November talks. Developed countries say they met a 2009 pledge of $100 billion a year for the first time in 2022, according to the Organisation for Economic Co-operation and Development.

Some delegates doubted the summit would change much. "We write the same declaration every year, and every year the water comes higher," said Mereani Vakacegu, a Fijian youth activist who addressed the opening session on Tuesday.

Seetohul said he would present the declaration to the UN secretary-general in New York later this month.""",
[
 ("Port Louis", "GPE", ["Port Louis"]),
 ("Mauritius", "GPE", ["Mauritius"]),
 ("United Nations", "ORG", ["United Nations", "UN"]),
 ("Baku", "GPE", ["Baku"]),
 ("Prakash Seetohul", "PERSON", ["Prakash Seetohul", "Seetohul"]),
 ("Intergovernmental Panel on Climate Change", "ORG", ["Intergovernmental Panel on Climate Change"]),
 ("Tuvalu", "GPE", ["Tuvalu"]),
 ("Fetu Lauina", "PERSON", ["Fetu Lauina"]),
 ("Alliance of Small Island States", "ORG", ["Alliance of Small Island States"]),
 ("Azerbaijan", "GPE", ["Azerbaijan"]),
 ("World Bank", "ORG", ["World Bank"]),
 ("Organisation for Economic Co-operation and Development", "ORG", ["Organisation for Economic Co-operation and Development"]),
 ("Mereani Vakacegu", "PERSON", ["Mereani Vakacegu"]),
 ("New York", "GPE", ["New York"]),
],
[
 ("We are not asking for charity", "Prakash Seetohul"),
 ("My grandchildren may grow up without ever", "Fetu Lauina"),
 ("We have started to map where", "Fetu Lauina"),
 ("ready to work with island governments", "World Bank"),
 ("We write the same declaration every year", "Mereani Vakacegu"),
],
[
 ("Thursday", "island nations on Thursday demanded", "2024-09-12"),
 ("November", "climate talks in Baku in November", "2024-11"),
 ("2030", "public climate finance by 2030", "2030"),
 ("November", "before the November talks", "2024-11"),
 ("2009", "met a 2009 pledge", "2009"),
 ("2022", "for the first time in 2022", "2022"),
 ("Tuesday", "the opening session on Tuesday", "2024-09-10"),
 ("later this month", "in New York later this month", "2024-09"),
]),

"inv-135-nebraska-ethanol-derailment": (
"Freight train carrying ethanol derails in Nebraska, forcing evacuations", "2023-05-10",
"""HOLLISTER FALLS, Neb. — Residents of about 300 homes in Hollister Falls were allowed to return Wednesday after a freight train carrying ethanol derailed and caught fire on the edge of the central Nebraska town, officials said.

No one was injured, but the fire burned for more than 14 hours and sent up a column of black smoke visible from Grand Island, 40 miles to the east.

The train, operated by Ostrander Pacific Railroad, was heading west from Omaha with 96 cars when 22 of them left the tracks near the Platte River bridge shortly before 6 a.m. Tuesday, according to Kettle County Sheriff Wade Brunner.

"We had cars stacked up like dominoes and burning hot enough that we couldn't get within a quarter-mile," Brunner said. "The decision to evacuate was an easy one."

The National Transportation Safety Board said it had sent a team of investigators, who were expected to arrive Wednesday afternoon. NTSB spokeswoman Lorena Castillo said the agency would examine the condition of the track, the train's brakes and its speed.

Ostrander Pacific said in a statement that it was "cooperating fully" with investigators and would pay for residents' hotel rooms and meals. The company did not say what caused the derailment.

It was the railroad's second derailment in Nebraska this year. In February, 11 empty grain cars left the tracks near North Platte.

At a church hall on Main Street, where many evacuees slept on cots, some residents said they were frustrated by how long it took to learn what the train was carrying.

"I heard the boom at 6 and nobody told us anything until almost 9," said Kwame Asante-Miller, a nurse who lives three blocks from the tracks. "For three hours I didn't know if we were breathing something that could kill us."

The Nebraska Department of Environment and Energy said air monitoring had found no hazardous levels of pollutants outside the immediate crash site.

Brunner said the railroad hoped to reopen the line by Friday.""",
[
 ("Hollister Falls", "GPE", ["Hollister Falls"]),
 ("Nebraska", "GPE", ["Nebraska", "Neb."]),
 ("Grand Island", "GPE", ["Grand Island"]),
 ("Ostrander Pacific Railroad", "ORG", ["Ostrander Pacific Railroad", "Ostrander Pacific"]),
 ("Omaha", "GPE", ["Omaha"]),
 ("Platte River", "LOC", ["Platte River"]),
 ("Kettle County", "GPE", ["Kettle County"]),
 ("Wade Brunner", "PERSON", ["Wade Brunner", "Brunner"]),
 ("National Transportation Safety Board", "ORG", ["National Transportation Safety Board", "NTSB"]),
 ("Lorena Castillo", "PERSON", ["Lorena Castillo"]),
 ("North Platte", "GPE", ["North Platte"]),
 ("Main Street", "LOC", ["Main Street"]),
 ("Kwame Asante-Miller", "PERSON", ["Kwame Asante-Miller"]),
 ("Nebraska Department of Environment and Energy", "ORG", ["Nebraska Department of Environment and Energy"]),
],
[
 ("We had cars stacked up like dominoes", "Wade Brunner"),
 ("The decision to evacuate was an easy", "Wade Brunner"),
 ("cooperating fully", "Ostrander Pacific Railroad"),
 ("I heard the boom at 6 and", "Kwame Asante-Miller"),
 ("For three hours I didn't know if", "Kwame Asante-Miller"),
],
[
 ("Wednesday", "allowed to return Wednesday", "2023-05-10"),
 ("Tuesday", "shortly before 6 a.m. Tuesday", "2023-05-09"),
 ("Wednesday", "expected to arrive Wednesday afternoon", "2023-05-10"),
 ("this year", "second derailment in Nebraska this year", "2023"),
 ("February", "In February, 11 empty grain cars", "2023-02"),
 ("Friday", "reopen the line by Friday", "2023-05-12"),
]),

"inv-136-lagos-airport-cocaine-arrest": (
"NDLEA arrests businessman who ingested 87 cocaine pellets", "2025-02-18",
"""Operatives of the National Drug Law Enforcement Agency (NDLEA) have arrested a 44-year-old businessman who allegedly ingested 87 pellets of cocaine before boarding a flight from São Paulo, Brazil, to Lagos.

The suspect, Uchenna Ezeilo, who claims to deal in motor spare parts in Onitsha, Anambra State, was intercepted on Saturday during the screening of passengers arriving on an Ethiopian Airlines flight through Addis Ababa at the Murtala Muhammed International Airport (MMIA), Ikeja.

He was placed under observation and excreted the 87 pellets, weighing 1.36 kilogrammes, over three days, the agency said.

In a statement issued in Abuja on Monday, the agency's Director of Media and Advocacy, Ikechukwu Anozie, said Ezeilo had travelled to Brazil four times since 2019.

"During his debriefing, the suspect told our officers he was promised N15 million on successful delivery of the consignment to his contacts in Lagos," the statement read.

Anozie said investigations were ongoing to identify other members of the syndicate, some of whom were believed to be based in Onitsha and Addis Ababa.

The Commander of the MMIA command, Mrs. Zainab Danjuma-Okoro, said her officers had intercepted 31 drug couriers at the airport last year.

"Drug barons should know that our airports are no longer soft targets. We will continue to search every bag and every stomach that looks suspicious," she said.

She urged young Nigerians to reject offers from traffickers, adding that many of those arrested had been promised money they never received.

In a related development, NDLEA officers in Kano on Thursday raided a warehouse on the outskirts of the city, where they recovered 2.4 tonnes of cannabis sativa concealed in bags of grain. Two suspects were arrested during the raid, according to the agency.

Ezeilo will be charged in court once investigations are concluded, the agency said.""",
[
 ("National Drug Law Enforcement Agency", "ORG", ["National Drug Law Enforcement Agency", "NDLEA"]),
 ("São Paulo", "GPE", ["São Paulo"]),
 ("Brazil", "GPE", ["Brazil"]),
 ("Lagos", "GPE", ["Lagos"]),
 ("Uchenna Ezeilo", "PERSON", ["Uchenna Ezeilo", "Ezeilo"]),
 ("Onitsha", "GPE", ["Onitsha"]),
 ("Anambra State", "GPE", ["Anambra State"]),
 ("Ethiopian Airlines", "ORG", ["Ethiopian Airlines"]),
 ("Addis Ababa", "GPE", ["Addis Ababa"]),
 ("Murtala Muhammed International Airport", "LOC", ["Murtala Muhammed International Airport", "MMIA"]),
 ("Ikeja", "GPE", ["Ikeja"]),
 ("Abuja", "GPE", ["Abuja"]),
 ("Ikechukwu Anozie", "PERSON", ["Ikechukwu Anozie", "Anozie"]),
 ("Zainab Danjuma-Okoro", "PERSON", ["Zainab Danjuma-Okoro"]),
 ("Kano", "GPE", ["Kano"]),
],
[
 ("During his debriefing, the suspect told our", "Ikechukwu Anozie", ["Ikechukwu Anozie", "National Drug Law Enforcement Agency"]),
 ("Drug barons should know that our airports", "Zainab Danjuma-Okoro"),
],
[
 ("Saturday", "intercepted on Saturday", "2025-02-15"),
 ("Monday", "issued in Abuja on Monday", "2025-02-17"),
 ("2019", "four times since 2019", "2019"),
 ("last year", "at the airport last year", "2024"),
 ("Thursday", "in Kano on Thursday", "2025-02-13"),
]),

"inv-137-new-mexico-recount": (
"Recount confirms nine-vote win in New Mexico House race", "2024-11-21",
"""LAS CRUCES, N.M. — A recount in a southern New Mexico legislative race ended Thursday with Democrat Marisol Quintana-Reyes keeping her lead over Republican Brent Haugland, though it shrank from 11 votes to nine.

The hand count of about 14,200 ballots in the Las Cruces-area legislative district was ordered under a state law that requires a recount when the margin is less than one-quarter of 1% of the votes cast.

Haugland, a retired Border Patrol agent who lost the same seat by 600 votes in 2022, conceded Thursday afternoon.

"The voters have spoken, and they spoke very quietly," Haugland said outside the county government center. "I called Marisol to congratulate her. I hope she represents all 14,000 of those people, not just the half that voted for her."

Quintana-Reyes, a former public school teacher, said she was "humbled and exhausted."

"Nine votes. I'm going to be thinking about that number for a long time," she told supporters at a union hall in Mesilla. "Anybody who thinks their vote doesn't count should call me."

Doña Ana County Clerk Teresa Benavídez said the recount turned up two ballots that scanners had not read on Nov. 5 because voters had circled names instead of filling in the ovals. Both were for Haugland.

"The machines did exactly what they were built to do. A couple of ballots were marked in ways no machine could read," Benavídez said.

Haugland's campaign filed a complaint last week over a drop box that it said had been left unlocked overnight, but withdrew it after the clerk's office produced security logs.

The State Canvassing Board is scheduled to certify the result on Dec. 3. Democrats will hold 43 of the 70 seats in the chamber when lawmakers convene in Santa Fe in January.""",
[
 ("Las Cruces", "GPE", ["Las Cruces"]),
 ("New Mexico", "GPE", ["New Mexico", "N.M."]),
 ("Marisol Quintana-Reyes", "PERSON", ["Marisol Quintana-Reyes", "Quintana-Reyes", "Marisol"]),
 ("Brent Haugland", "PERSON", ["Brent Haugland", "Haugland"]),
 ("Border Patrol", "ORG", ["Border Patrol"]),
 ("Mesilla", "GPE", ["Mesilla"]),
 ("Doña Ana County", "GPE", ["Doña Ana County"]),
 ("Teresa Benavídez", "PERSON", ["Teresa Benavídez", "Benavídez"]),
 ("State Canvassing Board", "ORG", ["State Canvassing Board"]),
 ("Santa Fe", "GPE", ["Santa Fe"]),
],
[
 ("The voters have spoken, and they spoke", "Brent Haugland"),
 ("I called Marisol to congratulate her", "Brent Haugland"),
 ("humbled and exhausted", "Marisol Quintana-Reyes"),
 ("Nine votes. I'm going to be", "Marisol Quintana-Reyes"),
 ("Anybody who thinks their vote doesn't count", "Marisol Quintana-Reyes"),
 ("The machines did exactly what they were", "Teresa Benavídez"),
],
[
 ("Thursday", "race ended Thursday with", "2024-11-21"),
 ("2022", "by 600 votes in 2022", "2022"),
 ("Thursday", "conceded Thursday afternoon", "2024-11-21"),
 ("Nov. 5", "not read on Nov. 5", "2024-11-05"),
 ("last week", "filed a complaint last week", "2024-W46"),
 ("Dec. 3", "certify the result on Dec. 3", "2024-12-03"),
 ("January", "in Santa Fe in January", "2025-01"),
]),

"inv-138-mps-football-ownership-report": (
"MPs call for football regulator to stop clubs being bought 'on a credit card'", "2024-10-17",
"""A committee of MPs has called for the new independent football regulator to be given powers to block takeovers funded by borrowed money, warning that too many clubs were being bought 'on a credit card' by owners who then load the debt on to the club.

In a report published on Thursday, the Culture, Media and Sport Committee said the ownership tests applied by the Premier League and the EFL had failed to prevent a string of financial crises lower down the pyramid, where at least six clubs have entered administration since 2019.

It recommends that buyers be required to show proof of funds covering three seasons of running costs before any sale is approved, and that loans secured against a club's stadium be banned outright.

The committee's chair, Rukhsana Mirza, said the evidence had shown clubs being 'stripped for parts' by owners with no connection to them.

'Football clubs are not ordinary businesses. They belong to their towns in a way no factory ever has, and when they fail, the whole community pays,' Ms Mirza said.

'We heard from supporters who watched their ground sold from under them and their club's money disappear into a holding company in another country.

'Parliament cannot keep telling those people to wait.'

Among the witnesses who gave evidence to the inquiry in the spring was Tariq Al-Harithi, the Omani investor who bought a third-tier club in March. Mr Al-Harithi told MPs that stricter rules would 'protect honest owners as well as fans' and backed the ban on borrowing against grounds.

The Premier League said in a statement that it 'shares the committee's ambition for a sustainable game' but that any new rules 'must not undermine the competitiveness' of English clubs abroad.

The EFL welcomed the report, saying many of its recommendations reflected proposals the league had made to ministers.

The Department for Culture, Media and Sport said the government would respond to the recommendations 'in due course'. The legislation creating the regulator is expected to return to the House of Commons later this year.""",
[
 ("Culture, Media and Sport Committee", "ORG", ["Culture, Media and Sport Committee"]),
 ("Premier League", "ORG", ["Premier League"]),
 ("English Football League", "ORG", ["EFL"]),
 ("Rukhsana Mirza", "PERSON", ["Rukhsana Mirza", "Mirza"]),
 ("Parliament", "ORG", ["Parliament"]),
 ("Tariq bin Sultan Al-Harithi", "PERSON", ["Tariq Al-Harithi", "Al-Harithi"]),
 ("Department for Culture, Media and Sport", "ORG", ["Department for Culture, Media and Sport"]),
 ("House of Commons", "ORG", ["House of Commons"]),
],
[
 ("on a credit card", "Culture, Media and Sport Committee", ["Culture, Media and Sport Committee", "Rukhsana Mirza"]),
 ("stripped for parts", "Rukhsana Mirza"),
 ("Football clubs are not ordinary businesses", "Rukhsana Mirza"),
 ("We heard from supporters who watched their", "Rukhsana Mirza"),
 ("Parliament cannot keep telling those people", "Rukhsana Mirza"),
 ("protect honest owners as well as fans", "Tariq bin Sultan Al-Harithi"),
 ("shares the committee's ambition for a", "Premier League"),
 ("must not undermine the competitiveness", "Premier League"),
 ("in due course", "Department for Culture, Media and Sport"),
],
[
 ("Thursday", "published on Thursday", "2024-10-17"),
 ("2019", "entered administration since 2019", "2019"),
 ("the spring", "the inquiry in the spring", "2024"),
 ("March", "a third-tier club in March", "2024-03"),
 ("later this year", "House of Commons later this year", "2024"),
]),

"inv-139-limpopo-mine-collapse": (
"Rescuers race to reach 11 miners trapped after South African platinum mine collapse", "2024-07-17",
"""JOHANNESBURG — Rescue teams were racing on Wednesday to reach 11 miners trapped more than 800 metres underground after part of a shaft collapsed at a platinum mine in South Africa's Limpopo province, the mine's owner said.

Karoo Continental Resources said 34 workers had been brought to the surface since the fall of ground at its Thabakgolo mine, near Mokopane, on Monday night. Four of them were in hospital with serious injuries, and two workers were confirmed dead on Tuesday.

"Our absolute priority is to bring every one of our colleagues home. We are in constant contact with their families," chief executive Hendrik Olivier told reporters at the mine.

KCR, which bought Thabakgolo in 2021, said it had suspended operations at all four of its mines while engineers checked for similar risks. Its shares fell 9% in Johannesburg on Tuesday.

Outside the mine gates, Lerato Masilela waited with dozens of other relatives. Her husband, a winch operator, is among those still underground.

"He phoned me on Sunday and said the ground was making noises again. He did not want to go back down." She said she had not slept since Monday.

The National Union of Mineworkers said workers had raised concerns about seismic activity in the section weeks before the collapse. The NUM's regional secretary, Kagiso Maluleke, accused the company of putting production ahead of safety.

"This was not an act of God. Our members told management the roof was moving, and they were sent back in," Maluleke said.

Olivier said the company would cooperate with any inquiry and rejected the suggestion that warnings had been ignored.

The Department of Mineral Resources and Energy said inspectors were on site and that a full investigation would follow once the rescue was complete. South Africa recorded 55 deaths in its mines last year, the lowest number on record, according to the department.""",
[
 ("Johannesburg", "GPE", ["Johannesburg"]),
 ("South Africa", "GPE", ["South Africa"]),
 ("Limpopo", "GPE", ["Limpopo"]),
 ("Karoo Continental Resources", "ORG", ["Karoo Continental Resources", "KCR"]),
 ("Thabakgolo", "LOC", ["Thabakgolo"]),
 ("Mokopane", "GPE", ["Mokopane"]),
 ("Hendrik Olivier", "PERSON", ["Hendrik Olivier", "Olivier"]),
 ("Lerato Masilela", "PERSON", ["Lerato Masilela"]),
 ("National Union of Mineworkers", "ORG", ["National Union of Mineworkers", "NUM"]),
 ("Kagiso Maluleke", "PERSON", ["Kagiso Maluleke", "Maluleke"]),
 ("Department of Mineral Resources and Energy", "ORG", ["Department of Mineral Resources and Energy"]),
],
[
 ("Our absolute priority is to bring every", "Hendrik Olivier"),
 ("He phoned me on Sunday and said", "Lerato Masilela"),
 ("This was not an act of God", "Kagiso Maluleke"),
],
[
 ("Wednesday", "racing on Wednesday", "2024-07-17"),
 ("Monday", "near Mokopane, on Monday night", "2024-07-15"),
 ("Tuesday", "confirmed dead on Tuesday", "2024-07-16"),
 ("2021", "bought Thabakgolo in 2021", "2021"),
 ("Tuesday", "in Johannesburg on Tuesday", "2024-07-16"),
 ("Sunday", "phoned me on Sunday", "2024-07-14"),
 ("Monday", "not slept since Monday", "2024-07-15"),
 ("last year", "in its mines last year", "2023"),
]),

"inv-140-hindi-film-opening-record": (
"'Kesariya Raat' breaks Hindi cinema's opening record with Rs 412 crore", "2025-04-15",
"""MUMBAI: The period drama Kesariya Raat has become the biggest opener in the history of Hindi cinema, collecting Rs 412 crore worldwide in its first four days, according to figures released by its producers, Meghdoot Pictures, on Monday.

The film, directed by Abhimanyu Bhattacharjee and starring Ishaan Mehrotra as a general in the Maratha army, opened on Thursday, April 10, on more than 5,800 screens across India and in 46 other countries.

Its domestic net collection over the extended weekend stood at Rs 268 crore, beating the record set by Meghdoot's own Agnipankh in 2023.

"The numbers are unprecedented, and they are coming from small towns as much as from the multiplexes," according to trade analyst Rohini Kapadia, who said single-screen theatres in Uttar Pradesh, Bihar and Madhya Pradesh had added extra shows at 6 am to meet demand.

Mehrotra, 38, whose two releases last year both flopped, thanked audiences in a video posted on Instagram. "I had almost stopped believing. You gave me back my courage," the actor said.

At a press meet in Bandra on Monday evening, Bhattacharjee said several studios had turned the project down before Meghdoot chairman Sunil Khandelwal agreed to back it.

"Every producer in Mumbai told me a three-hour film about a forgotten general would never work," he said. "Sunil-ji was the only one who read the full script."

Khandelwal said the film had cost about Rs 310 crore to make, making it the most expensive Hindi production to date.

Exhibitors expect collections to stay strong this weekend. A spokesperson for Rangmahal Cinemas, which runs 640 screens, said advance bookings were running at nearly twice the level of any previous release.

"We have not seen queues like this at our box offices since before the pandemic," the spokesperson said.""",
[
 ("Mumbai", "GPE", ["Mumbai"]),
 ("Meghdoot Pictures", "ORG", ["Meghdoot Pictures", "Meghdoot"]),
 ("Abhimanyu Bhattacharjee", "PERSON", ["Abhimanyu Bhattacharjee", "Bhattacharjee"]),
 ("Ishaan Mehrotra", "PERSON", ["Ishaan Mehrotra", "Mehrotra"]),
 ("India", "GPE", ["India"]),
 ("Rohini Kapadia", "PERSON", ["Rohini Kapadia"]),
 ("Uttar Pradesh", "GPE", ["Uttar Pradesh"]),
 ("Bihar", "GPE", ["Bihar"]),
 ("Madhya Pradesh", "GPE", ["Madhya Pradesh"]),
 ("Instagram", "ORG", ["Instagram"]),
 ("Bandra", "GPE", ["Bandra"]),
 ("Sunil Khandelwal", "PERSON", ["Sunil Khandelwal", "Khandelwal", "Sunil-ji"]),
 ("Rangmahal Cinemas", "ORG", ["Rangmahal Cinemas"]),
],
[
 ("The numbers are unprecedented, and they are", "Rohini Kapadia"),
 ("I had almost stopped believing", "Ishaan Mehrotra"),
 ("Every producer in Mumbai told me", "Abhimanyu Bhattacharjee"),
 ("Sunil-ji was the only one who", "Abhimanyu Bhattacharjee"),
 ("We have not seen queues like this", "Rangmahal Cinemas"),
],
[
 ("Monday", "Meghdoot Pictures, on Monday", "2025-04-14"),
 ("Thursday, April 10", "opened on Thursday, April 10", "2025-04-10"),
 ("the extended weekend", "over the extended weekend", "2025-W15"),
 ("2023", "Agnipankh in 2023", "2023"),
 ("last year", "two releases last year", "2024"),
 ("Monday", "Bandra on Monday evening", "2025-04-14"),
 ("this weekend", "stay strong this weekend", "2025-W16"),
]),

}

CONSULTED |= {

"inv-141-airport-runway-vote": (
"Roscommon councillors back airfield runway extension despite noise fears", "2024-05-15",
"""ROSCOMMON — Roscommon County Council has voted to approve a 600-metre runway extension at Castlecoote Airfield, clearing the way for the first scheduled passenger flights in the county's history.

The motion was passed by 11 votes to seven on Monday evening after four hours of debate, while about 150 residents protested outside the council offices in Roscommon town.

The airfield's owner, Shannon Basin Aviation, says the €38 million project will allow turboprop aircraft to fly year-round. It has held talks with two regional carriers about routes to Bristol and Rennes from the summer of 2026.

Fianna Fáil councillor Niall Ó Fearghail, who proposed the motion, said the county had "watched every other part of the west get investment while we were told to wait our turn".

"This is not about vanity. It is about whether a young engineer in Athlone or Ballinasloe can get to a meeting in England and be home for her dinner," Mr Ó Fearghail said.

Opponents said councillors had ignored a noise study commissioned last year, which found that more than 200 homes in Castlecoote and Fuerty would lie under the flight path.

"Nobody came to our door. Not once," said Bernadette Kilbane, chairwoman of the Castlecoote Residents' Association, which held a packed public meeting at the weekend. "We found out from a notice in the paper that planes would be going over the national school."

Ms Kilbane said the group would seek a judicial review in the High Court. It has until the end of June to lodge papers.

Shannon Basin Aviation's managing director, Tomasz Wierzbicki, said the company would "engage fully with every household" and would pay for insulation in the homes most affected. He said construction could start early next year if the project cleared its remaining hurdles.

The extension still needs the approval of the Irish Aviation Authority, which is expected to rule on the safety case in September. A spokeswoman for the authority said it did not comment on applications that were under assessment.""",
[
 ("Roscommon", "GPE", ["ROSCOMMON", "Roscommon"]),
 ("Roscommon County Council", "ORG", ["Roscommon County Council"]),
 ("Castlecoote Airfield", "LOC", ["Castlecoote Airfield"]),
 ("Shannon Basin Aviation", "ORG", ["Shannon Basin Aviation"]),
 ("Bristol", "GPE", ["Bristol"]),
 ("Rennes", "GPE", ["Rennes"]),
 ("Fianna Fáil", "ORG", ["Fianna Fáil"]),
 ("Niall Ó Fearghail", "PERSON", ["Niall Ó Fearghail", "Ó Fearghail"]),
 ("Athlone", "GPE", ["Athlone"]),
 ("Ballinasloe", "GPE", ["Ballinasloe"]),
 ("England", "GPE", ["England"]),
 ("Castlecoote", "GPE", ["Castlecoote"]),
 ("Fuerty", "GPE", ["Fuerty"]),
 ("Bernadette Kilbane", "PERSON", ["Bernadette Kilbane", "Kilbane"]),
 ("Castlecoote Residents' Association", "ORG", ["Castlecoote Residents' Association"]),
 ("High Court", "ORG", ["High Court"]),
 ("Tomasz Wierzbicki", "PERSON", ["Tomasz Wierzbicki"]),
 ("Irish Aviation Authority", "ORG", ["Irish Aviation Authority"]),
],
[
 ("watched every other part of the west", "Niall Ó Fearghail"),
 ("This is not about vanity. It is", "Niall Ó Fearghail"),
 ("Nobody came to our door. Not once", "Bernadette Kilbane"),
 ("We found out from a notice in", "Bernadette Kilbane"),
 ("engage fully with every household", "Tomasz Wierzbicki", ["Tomasz Wierzbicki", "Shannon Basin Aviation"]),
],
[
 ("Monday evening", "seven on Monday evening", "2024-05-13"),
 ("the summer of 2026", "from the summer of 2026", "2026"),
 ("last year", "noise study commissioned last year", "2023"),
 ("the weekend", "public meeting at the weekend", "2024-W19"),
 ("the end of June", "until the end of June", "2024-06"),
 ("early next year", "could start early next year", "2025"),
 ("September", "the safety case in September", "2024-09"),
]),

"inv-142-call-centre-fraud-ring": (
"Pune police bust fake call centre that posed as courier firm; 11 held", "2023-08-24",
"""PUNE: Cyber police in Pune have arrested 11 people, including the alleged mastermind, for running a fake call centre from a rented bungalow in Wakad that cheated more than 1,900 people of nearly Rs 14.6 crore by posing as officials of a courier company.

The accused were picked up in a raid on Tuesday night, a day after a retired bank officer from Aundh lodged a complaint that he had lost Rs 48 lakh, police said.

According to Deputy Commissioner of Police (Cyber) Smita Kulkarni, the gang would call victims claiming that a parcel in their name containing drugs had been intercepted by customs in Mumbai. Callers then posed as officers of the Narcotics Control Bureau and told victims to "deposit money for verification" into accounts run by the gang.

"They kept the victims on video calls for hours and did not allow them to speak to their families. It is a kind of digital house arrest," Kulkarni told reporters on Wednesday.

Police identified the alleged kingpin as Farhan Qureshi, 29, a commerce graduate from Surat who had earlier worked at a call centre. He had rented the bungalow in March.

Officials seized 42 mobile phones, 17 laptops, 260 SIM cards and Rs 11 lakh in cash. The money was routed through 138 bank accounts opened in the names of labourers in Jharkhand and West Bengal, who were paid Rs 5,000 each.

The courier firm whose name was misused, SwiftLink Logistics Pvt Ltd, said it had lodged a complaint of its own in June. "We never call customers to ask for money, and we have been warning people on every channel we have," said Ankit Bhandari, the company's chief operating officer.

The retired officer, 67, who did not want to be named, said he felt ashamed. "I have handled other people's money all my life. They used my fear of the law against me."

The accused were produced before a magistrate's court on Thursday and remanded in police custody till August 31. Kulkarni said the Indian Cyber Crime Coordination Centre had been asked to freeze the remaining accounts.""",
[
 ("Pune", "GPE", ["PUNE", "Pune"]),
 ("Wakad", "GPE", ["Wakad"]),
 ("Aundh", "GPE", ["Aundh"]),
 ("Smita Kulkarni", "PERSON", ["Smita Kulkarni", "Kulkarni"]),
 ("Mumbai", "GPE", ["Mumbai"]),
 ("Narcotics Control Bureau", "ORG", ["Narcotics Control Bureau"]),
 ("Farhan Qureshi", "PERSON", ["Farhan Qureshi"]),
 ("Surat", "GPE", ["Surat"]),
 ("Jharkhand", "GPE", ["Jharkhand"]),
 ("West Bengal", "GPE", ["West Bengal"]),
 ("SwiftLink Logistics Pvt Ltd", "ORG", ["SwiftLink Logistics Pvt Ltd"]),
 ("Ankit Bhandari", "PERSON", ["Ankit Bhandari"]),
 ("Indian Cyber Crime Coordination Centre", "ORG", ["Indian Cyber Crime Coordination Centre"]),
],
[
 ("deposit money for verification", "Smita Kulkarni"),
 ("They kept the victims on video calls", "Smita Kulkarni"),
 ("We never call customers to ask for", "Ankit Bhandari", ["Ankit Bhandari", "SwiftLink Logistics Pvt Ltd"]),
 ("I have handled other people's money", None),
],
[
 ("Tuesday night", "in a raid on Tuesday night", "2023-08-22"),
 ("Wednesday", "told reporters on Wednesday", "2023-08-23"),
 ("March", "rented the bungalow in March", "2023-03"),
 ("June", "complaint of its own in June", "2023-06"),
 ("Thursday", "magistrate's court on Thursday", "2023-08-24"),
 ("August 31", "custody till August 31", "2023-08-31"),
]),

"inv-143-teachers-pay-award": (
"Teachers in England to get 4% rise, but schools must find part of the cost", "2025-05-22",
"""Teachers in England will receive a 4 per cent pay rise from September, the government announced on Thursday, accepting in full the recommendation of the independent School Teachers' Review Body.

But head teachers warned that schools would have to meet around a third of the cost from their existing budgets, which they said would mean larger classes and fewer teaching assistants.

The award is higher than the 2.8 per cent the Department for Education proposed to the review body in December. It will take the starting salary for a new teacher outside London to just over £33,000.

In a statement, the department said the rise recognised 'the vital role teachers play in every community' and would help it recruit the 6,500 extra teachers promised at the general election. It said £615 million of additional funding would go to schools.

Priya Raghunathan, general secretary of the Association of Teachers and Headteachers, said the union welcomed the headline figure 'but not the sleight of hand that comes with it'.

'Ministers are announcing a pay rise and then handing a large part of the bill to the very schools they say they are helping,' she said. 'A primary head in Stockport told me last week that she now has to choose between keeping a teacher and keeping two teaching assistants.

'That is not a choice anyone should be making in 2025.'

Ms Raghunathan said the ATH executive would meet on 3 June to decide whether to ballot members on industrial action.

Daniel Okafor, who teaches chemistry at a secondary school in Leeds, said the rise would do little to stop colleagues leaving for better-paid jobs. 'Half my department has gone in two years. The ones who stay are exhausted,' he said.

The Local Government Association, which represents councils in England, said maintained schools were already under severe pressure and called for the extra funding to be guaranteed next year as well.

Teachers received a 5.5 per cent rise last year, which was fully funded.""",
[
 ("England", "GPE", ["England"]),
 ("School Teachers' Review Body", "ORG", ["School Teachers' Review Body"]),
 ("Department for Education", "ORG", ["Department for Education"]),
 ("London", "GPE", ["London"]),
 ("Priya Raghunathan", "PERSON", ["Priya Raghunathan", "Raghunathan"]),
 ("Association of Teachers and Headteachers", "ORG", ["Association of Teachers and Headteachers", "ATH"]),
 ("Stockport", "GPE", ["Stockport"]),
 ("Daniel Okafor", "PERSON", ["Daniel Okafor"]),
 ("Leeds", "GPE", ["Leeds"]),
 ("Local Government Association", "ORG", ["Local Government Association"]),
],
[
 ("the vital role teachers play in every", "Department for Education"),
 ("but not the sleight of hand that", "Priya Raghunathan"),
 ("Ministers are announcing a pay rise and", "Priya Raghunathan"),
 ("A primary head in Stockport told me", "Priya Raghunathan"),
 ("That is not a choice anyone should", "Priya Raghunathan"),
 ("Half my department has gone in two", "Daniel Okafor"),
],
[
 ("September", "pay rise from September", "2025-09"),
 ("Thursday", "government announced on Thursday", "2025-05-22"),
 ("December", "the review body in December", "2024-12"),
 ("last week", "told me last week", "2025-W20"),
 ("2025", "should be making in 2025", "2025"),
 ("3 June", "would meet on 3 June", "2025-06-03"),
 ("next year", "guaranteed next year as well", "2026"),
 ("last year", "rise last year, which", "2024"),
]),

"inv-144-cycling-epo-ban": (
"Spanish climber Echeverría banned for four years after EPO positive", "2022-11-09",
"""LAUSANNE, Switzerland — Spanish climber Tomás Echeverría has been banned for four years after testing positive for the blood booster EPO, cycling's governing body said Wednesday, a decision likely to end the career of one of the sport's most promising stage racers.

The Union Cycliste Internationale said the 26-year-old's urine sample, collected in an out-of-competition test at his home in Andorra in June, contained recombinant erythropoietin. Analysis of his B sample, opened in Lausanne last month in the presence of his lawyer, confirmed the result.

Echeverría, who took his first professional stage win in 2021, has been provisionally suspended since July. The ban runs from that date, and he will also lose all results recorded after the test.

"The rider did not provide any plausible explanation for the presence of the substance in his sample," the UCI said in a statement.

Echeverría has denied wrongdoing. In a video posted on social media Tuesday night, he said he had "never taken a banned substance in my life" and would take his case to the Court of Arbitration for Sport.

"I will fight this until the last day," he said. "I trust the science, and the science will show that I am clean."

His team, Solano-Ribera, terminated his contract in July, days after the provisional suspension was announced.

"We had no idea, and we feel betrayed," said Aitor Lekue, the team's general manager. "Every rider who joins us signs a zero-tolerance agreement. He signed it too."

It is the third EPO case in professional cycling this year. The World Anti-Doping Agency said earlier this year that it had increased the number of unannounced tests in the sport, particularly during the winter training months, when riders are rarely in competition.

Under the rules, Echeverría has 21 days to lodge an appeal with CAS. Lekue said the team would not contest the decision.""",
[
 ("Lausanne", "GPE", ["LAUSANNE", "Lausanne"]),
 ("Switzerland", "GPE", ["Switzerland"]),
 ("Tomás Echeverría", "PERSON", ["Tomás Echeverría", "Echeverría"]),
 ("Union Cycliste Internationale", "ORG", ["Union Cycliste Internationale", "UCI"]),
 ("Andorra", "GPE", ["Andorra"]),
 ("Court of Arbitration for Sport", "ORG", ["Court of Arbitration for Sport", "CAS"]),
 ("Solano-Ribera", "ORG", ["Solano-Ribera"]),
 ("Aitor Lekue", "PERSON", ["Aitor Lekue", "Lekue"]),
 ("World Anti-Doping Agency", "ORG", ["World Anti-Doping Agency"]),
],
[
 ("The rider did not provide any plausible", "Union Cycliste Internationale"),
 ("never taken a banned substance in my", "Tomás Echeverría"),
 ("I will fight this until the last", "Tomás Echeverría"),
 ("I trust the science, and the science", "Tomás Echeverría"),
 ("We had no idea, and we feel", "Aitor Lekue"),
 ("Every rider who joins us signs a", "Aitor Lekue"),
],
[
 ("Wednesday", "governing body said Wednesday", "2022-11-09"),
 ("June", "in Andorra in June", "2022-06"),
 ("last month", "opened in Lausanne last month", "2022-10"),
 ("2021", "stage win in 2021", "2021"),
 ("July", "provisionally suspended since July", "2022-07"),
 ("Tuesday night", "social media Tuesday night", "2022-11-08"),
 ("July", "terminated his contract in July", "2022-07"),
 ("this year", "professional cycling this year", "2022"),
 ("earlier this year", "said earlier this year", "2022"),
]),

"inv-145-home-sales-rebound": (
"Home sales jump in February as buyers bet on rate cuts", "2024-03-15",
"""OTTAWA — Home sales in Canada rose 7.2 per cent in February from January, the biggest monthly gain since last spring, as buyers returned to the market ahead of expected interest-rate cuts later this year.

Figures released Friday by the Canadian Real Estate Association showed about 38,600 homes changed hands last month. The national benchmark price edged up 0.5 per cent to $716,800, but remained roughly 20 per cent below its peak in February 2022.

"Buyers who sat on the sidelines for most of last year are starting to come back, and many of them want to get in before the competition heats up," said Marc-André Pelletier, a senior economist at CREA.

The Bank of Canada held its key lending rate at 5 per cent on March 6, but most economists expect it to begin cutting by June.

Sales climbed most sharply in Toronto and Calgary, where a shortage of listings has pushed the average price of a detached house above $800,000 for the first time.

Rupinder Gill, a broker with Northgate Realty in Toronto, said the change had come quickly. "I had three offers on a semi in Scarborough last weekend. A month ago I couldn't get anyone through the door."

She said many of her clients were first-time buyers who had been saving while living with their parents and no longer wanted to wait.

Not everyone believes the rebound will last. "What we are seeing is a spring bounce built on expectations, not on actual rate cuts," said Farida Haidari, a housing economist at the Pacific Institute for Affordable Housing in Vancouver. "If the Bank of Canada waits longer than people hope, a lot of these buyers will disappear again."

Haidari said prices in Vancouver were still out of reach for most households earning the median income.

New listings rose 4.9 per cent over the month, the association said. CREA will publish its March figures next month.""",
[
 ("Ottawa", "GPE", ["OTTAWA"]),
 ("Canada", "GPE", ["Canada"]),
 ("Canadian Real Estate Association", "ORG", ["Canadian Real Estate Association", "CREA"]),
 ("Marc-André Pelletier", "PERSON", ["Marc-André Pelletier"]),
 ("Bank of Canada", "ORG", ["Bank of Canada"]),
 ("Toronto", "GPE", ["Toronto"]),
 ("Calgary", "GPE", ["Calgary"]),
 ("Rupinder Gill", "PERSON", ["Rupinder Gill"]),
 ("Northgate Realty", "ORG", ["Northgate Realty"]),
 ("Scarborough", "GPE", ["Scarborough"]),
 ("Farida Haidari", "PERSON", ["Farida Haidari", "Haidari"]),
 ("Pacific Institute for Affordable Housing", "ORG", ["Pacific Institute for Affordable Housing"]),
 ("Vancouver", "GPE", ["Vancouver"]),
],
[
 ("Buyers who sat on the sidelines for", "Marc-André Pelletier"),
 ("I had three offers on a semi", "Rupinder Gill"),
 ("What we are seeing is a spring", "Farida Haidari"),
 ("If the Bank of Canada waits longer", "Farida Haidari"),
],
[
 ("February", "rose 7.2 per cent in February", "2024-02"),
 ("January", "in February from January", "2024-01"),
 ("last spring", "gain since last spring", "2023"),
 ("later this year", "interest-rate cuts later this year", "2024"),
 ("Friday", "Figures released Friday", "2024-03-15"),
 ("last month", "changed hands last month", "2024-02"),
 ("February 2022", "its peak in February 2022", "2022-02"),
 ("last year", "for most of last year", "2023"),
 ("March 6", "5 per cent on March 6", "2024-03-06"),
 ("June", "begin cutting by June", "2024-06"),
 ("last weekend", "in Scarborough last weekend", "2024-W10"),
 ("A month ago", "A month ago I couldn't", "2024-02"),
 ("March", "publish its March figures", "2024-03"),
 ("next month", "March figures next month", "2024-04"),
]),

"inv-146-mindanao-tsunami-warning": (
"Thousands flee coast as strong quake triggers tsunami warning in southern Philippines", "2025-02-04",
"""MANILA, Philippines — Authorities in the southern Philippines ordered thousands of coastal residents to flee to higher ground early Tuesday after a magnitude 7.1 earthquake struck off the island of Mindanao, setting off a tsunami warning that was lifted about three hours later.

The quake hit at 2:17 a.m. at a depth of 19 kilometers (12 miles), about 40 kilometers (25 miles) east of the town of Hinatuan in Surigao del Sur province, according to the Philippine Institute of Volcanology and Seismology.

The agency, known as Phivolcs, initially warned that waves of up to 1 meter (3 feet) could reach the coasts of Surigao del Sur and Davao Oriental within an hour. A tide gauge at Bislig later recorded a wave of about 30 centimeters (1 foot).

"People should not go back to houses near the shore until we say it is safe, because strong aftershocks can still generate local waves," Phivolcs director Arnel Villaruz told a radio station in Manila.

In Hinatuan, police and village officials went door to door with megaphones. Mayor Rosalinda Cabanero-Tan said about 8,000 people spent the night in schools and on a hill behind the town hall.

"The children were crying and the old people could not walk fast, but everyone went up," she said. "We practiced this in October, and it worked."

There were no immediate reports of deaths. The Office of Civil Defense said in a statement that classes in coastal schools in the two provinces would be suspended on Wednesday "to allow engineers to inspect every building." It reported cracks in two bridges and a collapsed wall at a church in Bislig.

The Pacific Tsunami Warning Center in Hawaii said hazardous waves were possible within 300 kilometers (186 miles) of the epicenter but did not issue alerts for Indonesia or Palau.

Villaruz said more than 200 aftershocks had been recorded by midmorning, the strongest of them magnitude 5.6. The same stretch of coast was hit by a magnitude 7.4 quake in December 2023 that also prompted a tsunami warning.""",
[
 ("Manila", "GPE", ["MANILA", "Manila"]),
 ("Philippines", "GPE", ["Philippines"]),
 ("Mindanao", "LOC", ["Mindanao"]),
 ("Hinatuan", "GPE", ["Hinatuan"]),
 ("Surigao del Sur", "GPE", ["Surigao del Sur"]),
 ("Philippine Institute of Volcanology and Seismology", "ORG", ["Philippine Institute of Volcanology and Seismology", "Phivolcs"]),
 ("Davao Oriental", "GPE", ["Davao Oriental"]),
 ("Bislig", "GPE", ["Bislig"]),
 ("Arnel Villaruz", "PERSON", ["Arnel Villaruz", "Villaruz"]),
 ("Rosalinda Cabanero-Tan", "PERSON", ["Rosalinda Cabanero-Tan"]),
 ("Office of Civil Defense", "ORG", ["Office of Civil Defense"]),
 ("Pacific Tsunami Warning Center", "ORG", ["Pacific Tsunami Warning Center"]),
 ("Hawaii", "GPE", ["Hawaii"]),
 ("Indonesia", "GPE", ["Indonesia"]),
 ("Palau", "GPE", ["Palau"]),
],
[
 ("People should not go back to houses", "Arnel Villaruz"),
 ("The children were crying and the old", "Rosalinda Cabanero-Tan"),
 ("We practiced this in October, and it", "Rosalinda Cabanero-Tan"),
 ("to allow engineers to inspect every building", "Office of Civil Defense"),
],
[
 ("early Tuesday", "higher ground early Tuesday", "2025-02-04"),
 ("October", "We practiced this in October", "2024-10"),
 ("Wednesday", "suspended on Wednesday", "2025-02-05"),
 ("December 2023", "quake in December 2023", "2023-12"),
]),

"inv-147-cabinet-reshuffle-abuja": (
"Reshuffle: Olawuyi drops four ministers, redeploys six", "2024-02-08",
"""ABUJA — President Ibrahim Olawuyi yesterday sacked four ministers and redeployed six others in the first major shake-up of the Federal Executive Council since he was sworn in in May 2023.

The changes were announced in a statement by the Special Adviser to the President on Media and Publicity, Mr Chukwuemeka Obiora-Lawal, who said they were aimed at "sharpening delivery on the administration's priorities as it enters the second half of its term".

Those dropped include the Minister of Aviation, Alhaji Sani Garba-Dutse, and the Minister of State for Health, Mrs Folake Ogunleye-Bassey.

The Minister of Solid Minerals Development, Dr Hauwa Bello-Adeyemi, was moved to the Federal Ministry of Environment, swapping places with Mr Emeka Nwachukwu-Ibe, who takes over the solid minerals portfolio.

Names of nominees for the vacant posts will be forwarded to the Senate for screening "in the coming days", the statement added.

Speaking to journalists at the Presidential Villa after the announcement, Dr Bello-Adeyemi said she was humbled by the new posting. "Desertification, flooding and the illegal wildlife trade are costing this country billions of naira every year. I intend to treat them as economic problems, not only environmental ones."

Speculation about a reshuffle had grown earlier this week after the President called off Monday's council meeting at short notice.

The main opposition Peoples Democratic Party dismissed the changes as cosmetic. "Nigerians are not asking for new faces at the same table. They are asking for food on their own tables," the party's National Publicity Secretary, Mr Ikenna Udeh-Fashola, said in a statement.

"A reshuffle at this point is as much about 2027 as it is about performance," said Dr Aisha Mohammed-Kura, a political scientist at the University of Abuja. "The President is rewarding loyalty in the regions he will need, and he is telling the others that nobody is safe."

Olawuyi is expected to swear in the new ministers before the end of the month, once the Senate has completed its screening.""",
[
 ("Abuja", "GPE", ["ABUJA"]),
 ("Ibrahim Olawuyi", "PERSON", ["Ibrahim Olawuyi", "Olawuyi"]),
 ("Federal Executive Council", "ORG", ["Federal Executive Council"]),
 ("Chukwuemeka Obiora-Lawal", "PERSON", ["Chukwuemeka Obiora-Lawal"]),
 ("Sani Garba-Dutse", "PERSON", ["Sani Garba-Dutse"]),
 ("Folake Ogunleye-Bassey", "PERSON", ["Folake Ogunleye-Bassey"]),
 ("Hauwa Bello-Adeyemi", "PERSON", ["Hauwa Bello-Adeyemi", "Bello-Adeyemi"]),
 ("Federal Ministry of Environment", "ORG", ["Federal Ministry of Environment"]),
 ("Emeka Nwachukwu-Ibe", "PERSON", ["Emeka Nwachukwu-Ibe"]),
 ("Senate", "ORG", ["Senate"]),
 ("Presidential Villa", "LOC", ["Presidential Villa"]),
 ("Peoples Democratic Party", "ORG", ["Peoples Democratic Party"]),
 ("Ikenna Udeh-Fashola", "PERSON", ["Ikenna Udeh-Fashola"]),
 ("Aisha Mohammed-Kura", "PERSON", ["Aisha Mohammed-Kura"]),
 ("University of Abuja", "ORG", ["University of Abuja"]),
],
[
 ("sharpening delivery on the administration's priorities", "Chukwuemeka Obiora-Lawal"),
 ("in the coming days", "Chukwuemeka Obiora-Lawal"),
 ("Desertification, flooding and the illegal wildlife trade", "Hauwa Bello-Adeyemi"),
 ("Nigerians are not asking for new faces", "Ikenna Udeh-Fashola", ["Ikenna Udeh-Fashola", "Peoples Democratic Party"]),
 ("A reshuffle at this point is as", "Aisha Mohammed-Kura"),
 ("The President is rewarding loyalty in the", "Aisha Mohammed-Kura"),
],
[
 ("yesterday", "Olawuyi yesterday sacked", "2024-02-07"),
 ("May 2023", "sworn in in May 2023", "2023-05"),
 ("earlier this week", "had grown earlier this week", "2024-W06"),
 ("Monday", "called off Monday's council meeting", "2024-02-05"),
 ("2027", "as much about 2027", "2027"),
 ("the end of the month", "before the end of the month", "2024-02"),
]),

"inv-148-pangolin-scales-seizure": (
"Customs intercept 2.1 tonnes of pangolin scales at Apapa, arrest three", "2024-06-13",
"""LAGOS — The Nigeria Customs Service has intercepted 2.1 tonnes of pangolin scales and 145 kilogrammes of elephant ivory hidden in a 40-foot container at the port of Apapa in Lagos, and arrested three suspects, including a foreign national.

The Customs Area Controller at Apapa, Comptroller Olumide Adeyinka-Wright, disclosed this yesterday while handing over the suspects and the exhibits to officials of the Federal Ministry of Environment.

He said the container, declared as "used furniture and household effects", was flagged by the service's risk management unit before it could be loaded onto a Kestrel vessel bound for Vietnam through Malaysia.

"When my officers opened it, they found chairs and tables at the doors and 87 sacks of scales behind them," he said. "The street value of this consignment in Asia is about N4.5 billion."

Adeyinka-Wright said the suspects, two Nigerians and a Vietnamese, were traced through the licensed customs agent who filed the shipping documents. The agent is also being questioned.

The Minister of Environment, Dr Bello-Adeyemi, who received the exhibits, said the seizure showed that "wildlife crime is organised crime". She said the ministry would work with the NCS to prosecute the suspects under the country's endangered species law.

In a statement last night, the shipping line Kestrel said it had "no knowledge of the true contents" of the container and was cooperating fully with the authorities.

Conservationists welcomed the seizure but said prosecutions rarely followed. "Nigeria has become the main exit route for pangolin scales leaving Africa," said Ngozi Ekwueme-Hart, executive director of the Lagos-based Green Sentinel Initiative.

"We have had big seizures for five years now, but you can count the convictions on one hand. Until people go to jail, the traders will simply pay the cost and carry on."

The NCS said it had seized 3.8 tonnes of scales at the same port in January.""",
[
 ("Lagos", "GPE", ["LAGOS", "Lagos"]),
 ("Nigeria Customs Service", "ORG", ["Nigeria Customs Service", "NCS"]),
 ("Apapa", "GPE", ["Apapa"]),
 ("Olumide Adeyinka-Wright", "PERSON", ["Olumide Adeyinka-Wright", "Adeyinka-Wright"]),
 ("Federal Ministry of Environment", "ORG", ["Federal Ministry of Environment"]),
 ("Kestrel Ocean Lines", "ORG", ["Kestrel"]),
 ("Vietnam", "GPE", ["Vietnam"]),
 ("Malaysia", "GPE", ["Malaysia"]),
 ("Asia", "LOC", ["Asia"]),
 ("Hauwa Bello-Adeyemi", "PERSON", ["Bello-Adeyemi"]),
 ("Nigeria", "GPE", ["Nigeria"]),
 ("Africa", "LOC", ["Africa"]),
 ("Ngozi Ekwueme-Hart", "PERSON", ["Ngozi Ekwueme-Hart"]),
 ("Green Sentinel Initiative", "ORG", ["Green Sentinel Initiative"]),
],
[
 ("used furniture and household effects", "Olumide Adeyinka-Wright"),
 ("When my officers opened it, they found", "Olumide Adeyinka-Wright"),
 ("The street value of this consignment in", "Olumide Adeyinka-Wright"),
 ("wildlife crime is organised crime", "Hauwa Bello-Adeyemi"),
 ("no knowledge of the true contents", "Kestrel Ocean Lines"),
 ("Nigeria has become the main exit route", "Ngozi Ekwueme-Hart"),
 ("We have had big seizures for five", "Ngozi Ekwueme-Hart"),
],
[
 ("yesterday", "disclosed this yesterday", "2024-06-12"),
 ("last night", "In a statement last night", "2024-06-12"),
 ("January", "same port in January", "2024-01"),
]),

"inv-149-kidney-drug-takeover": (
"Corvane to buy Lumera Bio for $6.2 billion in bet on kidney drug", "2023-09-18",
"""INDIANAPOLIS — Corvane Therapeutics said Monday that it will buy Lumera Bio for about $6.2 billion in cash, betting that the smaller company's experimental kidney drug can help make up for sales it will lose when its top-selling medicine faces generic competition in 2026.

Corvane will pay $48 a share, a 61% premium to Lumera's closing price on Friday. The boards of both companies have approved the deal, which is expected to close in the first quarter of next year, pending approval by Lumera shareholders and antitrust regulators.

Lumera, based in Cambridge, Massachusetts, is developing a once-daily pill for IgA nephropathy, a disease in which the immune system damages the kidneys' filters. In a small study published last year, the drug cut levels of protein in patients' urine by about 40%. Results from a larger, late-stage trial are expected early next year.

"We think this could become the standard of care for a disease that has had very few options," Corvane CEO Denise Achterberg said on a call with analysts. "This is exactly the kind of science we want at the center of the company."

Achterberg said Corvane's heart failure drug, which brought in $3.9 billion last year, accounts for nearly a third of the company's revenue.

Some analysts said Corvane was paying a steep price for a drug that has not been approved. "The price is rich, but Corvane had to do something," said Melissa Grady, an analyst at Fairbank Securities. "Investors have been asking for two years what comes after the patent cliff, and until today they did not have an answer."

Lumera shares jumped 57% to $46.90 in morning trading Monday, while Corvane shares slipped 3%.

The deal is likely to draw scrutiny from the Federal Trade Commission, which has taken a tougher line on pharmaceutical acquisitions. The FTC declined to comment.

Corvane, which employs about 14,000 people, said it plans to keep Lumera's research site in Cambridge and its roughly 600 workers. Lumera co-founder and CEO Hyun-woo Baek will join Corvane's board when the deal closes.""",
[
 ("Indianapolis", "GPE", ["INDIANAPOLIS"]),
 ("Corvane Therapeutics", "ORG", ["Corvane Therapeutics", "Corvane"]),
 ("Lumera Bio", "ORG", ["Lumera Bio", "Lumera"]),
 ("Cambridge", "GPE", ["Cambridge"]),
 ("Massachusetts", "GPE", ["Massachusetts"]),
 ("Denise Achterberg", "PERSON", ["Denise Achterberg", "Achterberg"]),
 ("Melissa Grady", "PERSON", ["Melissa Grady"]),
 ("Fairbank Securities", "ORG", ["Fairbank Securities"]),
 ("Federal Trade Commission", "ORG", ["Federal Trade Commission", "FTC"]),
 ("Hyun-woo Baek", "PERSON", ["Hyun-woo Baek"]),
],
[
 ("We think this could become the standard", "Denise Achterberg"),
 ("This is exactly the kind of science", "Denise Achterberg"),
 ("The price is rich, but Corvane had", "Melissa Grady"),
 ("Investors have been asking for two years", "Melissa Grady"),
],
[
 ("Monday", "said Monday that it will buy", "2023-09-18"),
 ("2026", "generic competition in 2026", "2026"),
 ("Friday", "closing price on Friday", "2023-09-15"),
 ("the first quarter of next year", "close in the first quarter of next year", "2024"),
 ("last year", "study published last year", "2022"),
 ("early next year", "are expected early next year", "2024"),
 ("last year", "$3.9 billion last year", "2022"),
 ("today", "until today they did not", "2023-09-18"),
 ("Monday", "in morning trading Monday", "2023-09-18"),
]),

"inv-150-antwerp-dock-strike": (
"Antwerp dock strike leaves UK-bound cargo stuck at sea", "2024-03-27",
"""A strike by dockworkers in Antwerp, Europe's second-busiest container port, has left more than 60 ships waiting at anchor in the North Sea and is starting to delay deliveries to British shops and factories.

The walkout, called over plans to let automated cranes work through the night with no crane operators on site, began at 6am on Monday and is due to run until Friday.

Kestrel Ocean Lines, the Danish-owned carrier that runs a weekly service between Antwerp and Felixstowe, said it had diverted two ships to Rotterdam and warned customers to expect delays of up to ten days.

'We are doing everything we can to keep cargo moving, but there is only so much space in the neighbouring ports,' a spokeswoman for Kestrel said.

The strike was called by the Flemish Port Workers' Union, which represents most of the 7,000 dockers at the port. Its Antwerp secretary, Koen Verstraeten, said the dispute was about safety, not jobs.

'Nobody here is against progress,' Mr Verstraeten said. 'But a crane that swings 40-tonne boxes over people's heads at three in the morning needs a human being watching it.'

The port authority, Port of Antwerp-Bruges, said in a statement that it 'regrets the action' and that safety on the quays had 'never been compromised'.

The disruption comes as importers are still recovering from attacks on shipping in the Red Sea, which have forced many vessels to sail around Africa since December.

Sandeep Dhillon, who runs a furniture import business in Northampton, has three containers on a ship anchored off the Belgian coast. 'I've got customers who paid in January still waiting for their sofas. There's nothing I can tell them.' He estimated that the delay would cost his firm about £40,000.

Talks between the unions and port employers, brokered by the Belgian government, are due to resume on 2 April.""",
[
 ("Antwerp", "GPE", ["Antwerp"]),
 ("Europe", "LOC", ["Europe"]),
 ("North Sea", "LOC", ["North Sea"]),
 ("Kestrel Ocean Lines", "ORG", ["Kestrel Ocean Lines", "Kestrel"]),
 ("Felixstowe", "GPE", ["Felixstowe"]),
 ("Rotterdam", "GPE", ["Rotterdam"]),
 ("Flemish Port Workers' Union", "ORG", ["Flemish Port Workers' Union"]),
 ("Koen Verstraeten", "PERSON", ["Koen Verstraeten", "Verstraeten"]),
 ("Port of Antwerp-Bruges", "ORG", ["Port of Antwerp-Bruges"]),
 ("Red Sea", "LOC", ["Red Sea"]),
 ("Africa", "LOC", ["Africa"]),
 ("Sandeep Dhillon", "PERSON", ["Sandeep Dhillon"]),
 ("Northampton", "GPE", ["Northampton"]),
],
[
 ("We are doing everything we can to", "Kestrel Ocean Lines"),
 ("Nobody here is against progress", "Koen Verstraeten"),
 ("But a crane that swings 40-tonne boxes", "Koen Verstraeten"),
 ("regrets the action", "Port of Antwerp-Bruges"),
 ("never been compromised", "Port of Antwerp-Bruges"),
 ("I've got customers who paid in January", "Sandeep Dhillon"),
],
[
 ("Monday", "at 6am on Monday", "2024-03-25"),
 ("Friday", "due to run until Friday", "2024-03-29"),
 ("December", "around Africa since December", "2023-12"),
 ("January", "who paid in January", "2024-01"),
 ("2 April", "resume on 2 April", "2024-04-02"),
]),

"inv-151-wallaroos-samoa-test": (
"Wallaroos hold off Samoa fightback to level series", "2024-07-14",
"""BRISBANE — The Wallaroos survived a frantic final ten minutes to beat Samoa 27-24 at Ballymore on Saturday night and level the two-Test series ahead of their tour of New Zealand next month.

The hosts led 24-7 at half-time after tries to hooker Tahlia Weston, winger Keira Lawson and No.8 Ana Latu, but Samoa scored three unanswered tries after the break to set up a tense finish. Five-eighth Olivia Brennan-Kaur landed a 76th-minute penalty to seal the win.

"We made it a lot harder than it needed to be," Wallaroos coach Maryanne Holcroft said. "At 24-7 we stopped doing the simple things, and Samoa made us pay for every one of them.

"But I'll take the win, and I'll take the way the girls defended those last five minutes on our own line."

Holcroft said Latu, who left the field with a shoulder injury in the 60th minute, would have scans on Monday.

Lawson, 24, playing her first home Test since serving a 12-month ban under the WADA code for missing three drug tests, scored in the 31st minute after a chip-and-chase down the left wing.

"It's been a long year. There were days when I didn't think I'd pull on this jersey again," she said. "To do it in front of my family in Brisbane means everything."

Samoa, who won the first Test 19-17 in Apia on July 5, will take heart from their second-half display.

"We came here to win, not to make up the numbers, and we showed that," said Faith Leota-Ioane, the Samoa captain. "Give us another ten minutes and it is a different result."

Rugby Australia said a crowd of 6,120 attended, a record for a women's Test in Queensland.""",
[
 ("Brisbane", "GPE", ["BRISBANE", "Brisbane"]),
 ("Wallaroos", "ORG", ["Wallaroos"]),
 ("Samoa", "ORG", ["Samoa"]),
 ("Ballymore", "LOC", ["Ballymore"]),
 ("New Zealand", "GPE", ["New Zealand"]),
 ("Tahlia Weston", "PERSON", ["Tahlia Weston"]),
 ("Keira Lawson", "PERSON", ["Keira Lawson", "Lawson"]),
 ("Ana Latu", "PERSON", ["Ana Latu", "Latu"]),
 ("Olivia Brennan-Kaur", "PERSON", ["Olivia Brennan-Kaur"]),
 ("Maryanne Holcroft", "PERSON", ["Maryanne Holcroft", "Holcroft"]),
 ("World Anti-Doping Agency", "ORG", ["WADA"]),
 ("Apia", "GPE", ["Apia"]),
 ("Faith Leota-Ioane", "PERSON", ["Faith Leota-Ioane"]),
 ("Rugby Australia", "ORG", ["Rugby Australia"]),
 ("Queensland", "GPE", ["Queensland"]),
],
[
 ("We made it a lot harder than", "Maryanne Holcroft"),
 ("At 24-7 we stopped doing the simple", "Maryanne Holcroft"),
 ("But I'll take the win, and I'll", "Maryanne Holcroft"),
 ("It's been a long year. There were", "Keira Lawson"),
 ("To do it in front of my", "Keira Lawson"),
 ("We came here to win, not to", "Faith Leota-Ioane"),
 ("Give us another ten minutes and it", "Faith Leota-Ioane"),
],
[
 ("Saturday night", "at Ballymore on Saturday night", "2024-07-13"),
 ("next month", "New Zealand next month", "2024-08"),
 ("Monday", "scans on Monday", "2024-07-15"),
 ("July 5", "in Apia on July 5", "2024-07-05"),
]),

"inv-152-alabama-prison-riot": (
"Two inmates killed, officer hurt in Alabama prison riot", "2022-10-11",
"""HOLLINS BEND, Ala. — Two inmates were killed and a corrections officer was hospitalized after a riot broke out in a housing unit at a state prison in central Alabama late Sunday, officials said Tuesday.

The violence at Hollins Bend Correctional Facility began about 9:40 p.m. when a group of inmates refused to return to their beds for a count and attacked an officer, according to the Alabama Department of Corrections.

Officers regained control of the dormitory about four hours later with the help of a tactical team from another prison. The two men who died, Terrell Dupree, 34, and Oscar Villanueva-Ruiz, 41, had stab wounds, the department said. The injured officer was taken to a hospital in Montgomery and was in stable condition Tuesday.

"Our officers ran toward danger to protect the people in our custody and each other," Corrections Commissioner Raymond Okereke said in a statement. Okereke said state investigators had been called in and that criminal charges were likely.

"Visitation at the facility has been suspended until further notice," a department spokeswoman said Monday.

Tanisha Beaudry said her brother, who is housed in the unit, called her Monday morning to tell her he was safe. "He said it had been building for weeks. No air, no programs, nobody to talk to," said Beaudry, who lives in Birmingham.

The prison, built in 1969 for 800 men, held 1,374 last month, according to department figures. The U.S. Justice Department sued Alabama in 2020, saying conditions in the state's prisons for men were unconstitutional.

State Rep. Lorna Whitfield-Hayes, a Democrat from Montgomery, said she would ask for a legislative hearing next month.

"We keep getting the same phone call from the same prisons, and the answer is always another study," she said. Two more families, she added, were planning funerals this week.""",
[
 ("Hollins Bend", "GPE", ["HOLLINS BEND"]),
 ("Alabama", "GPE", ["Alabama", "Ala."]),
 ("Hollins Bend Correctional Facility", "LOC", ["Hollins Bend Correctional Facility"]),
 ("Alabama Department of Corrections", "ORG", ["Alabama Department of Corrections"]),
 ("Terrell Dupree", "PERSON", ["Terrell Dupree"]),
 ("Oscar Villanueva-Ruiz", "PERSON", ["Oscar Villanueva-Ruiz"]),
 ("Montgomery", "GPE", ["Montgomery"]),
 ("Raymond Okereke", "PERSON", ["Raymond Okereke", "Okereke"]),
 ("Tanisha Beaudry", "PERSON", ["Tanisha Beaudry", "Beaudry"]),
 ("Birmingham", "GPE", ["Birmingham"]),
 ("U.S. Justice Department", "ORG", ["U.S. Justice Department"]),
 ("Lorna Whitfield-Hayes", "PERSON", ["Lorna Whitfield-Hayes"]),
],
[
 ("Our officers ran toward danger to protect", "Raymond Okereke"),
 ("Visitation at the facility has been suspended", "Alabama Department of Corrections"),
 ("He said it had been building for", "Tanisha Beaudry"),
 ("We keep getting the same phone call", "Lorna Whitfield-Hayes"),
],
[
 ("late Sunday", "central Alabama late Sunday", "2022-10-09"),
 ("Tuesday", "officials said Tuesday", "2022-10-11"),
 ("Tuesday", "stable condition Tuesday", "2022-10-11"),
 ("Monday", "spokeswoman said Monday", "2022-10-10"),
 ("Monday morning", "called her Monday morning", "2022-10-10"),
 ("1969", "built in 1969", "1969"),
 ("last month", "held 1,374 last month", "2022-09"),
 ("2020", "sued Alabama in 2020", "2020"),
 ("next month", "legislative hearing next month", "2022-11"),
 ("this week", "planning funerals this week", "2022-W41"),
]),

}
# fmt: on
