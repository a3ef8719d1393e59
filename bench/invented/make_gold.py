"""Writes the invented articles (`articles/<id>.md`) and their gold (`articles/<id>.gold.json`) from ARTICLES below.

Every article, name and date here is invented by the team (places aside) and written before the
annotation was run on it. The gold follows ../shared/eval/README.md: every person, organisation
and place named in the body (PERSON, ORG, GPE, LOC) with each way it is written; the groups that
must be one entity; each direct quote's first words and its speaker; each date with its value.

    python bench/invented/make_gold.py    # rewrites the files beside it
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent / "articles"

# id: (title, date, body, entities [(name, type, [aliases])], quotes [(starts, speaker)], timeline [(expression, context, date)])
ARTICLES: dict[str, tuple] = {
    "inv-01-plant-closure": (
        "Harwick Foods to close Dunmore plant",
        "2021-06-09",
        """Harwick Foods said on Tuesday that it would close its biscuit factory in Dunmore by the end of the year, putting 240 jobs at risk.

The company blamed rising energy costs. Harwick chief executive Miriam Okonjo said the decision had been "the hardest of my career".

The Bakers' Union of Lanark called the closure a betrayal. Union organiser Fergus Haldane said members would fight it. "This factory has made money for forty years," he said. "We will not let it go without a fight."

Local MP Alison Creel said she had written to the company. Dunmore has lost two other large employers since 2018.""",
        [
            ("Harwick Foods", "ORG", ["Harwick Foods", "Harwick"]),
            ("Dunmore", "GPE", ["Dunmore"]),
            ("Miriam Okonjo", "PERSON", ["Miriam Okonjo"]),
            ("Bakers' Union of Lanark", "ORG", ["Bakers' Union of Lanark"]),
            ("Fergus Haldane", "PERSON", ["Fergus Haldane"]),
            ("Alison Creel", "PERSON", ["Alison Creel"]),
        ],
        [
            ("the hardest of my career", "Miriam Okonjo"),
            ("This factory has made money", "Fergus Haldane"),
            ("We will not let it go", "Fergus Haldane"),
        ],
        [
            ("Tuesday", "Harwick Foods said on Tuesday", "2021-06-08"),
            ("the end of the year", "by the end of the year", "2021"),
            ("2018", "since 2018", "2018"),
        ],
    ),
    "inv-02-bridge-collapse": (
        "Footbridge collapses in Korvel",
        "2019-11-18",
        """A footbridge over the Sava River collapsed in the city of Korvel on Sunday evening, injuring six people.

Police spokeswoman Tanja Mirkovic said the injured had been taken to Korvel General Hospital. Two of them were in a serious condition.

Witness Dragan Ilic, 52, said he heard a loud crack. "People were screaming and running back to the bank," he told reporters.

The bridge was built in 1974 and had been repaired last year. Mayor Ivo Barisic ordered an inquiry. "We owe the families answers," the mayor said on Monday.""",
        [
            ("Sava River", "LOC", ["Sava River"]),
            ("Korvel", "GPE", ["Korvel"]),
            ("Tanja Mirkovic", "PERSON", ["Tanja Mirkovic"]),
            ("Korvel General Hospital", "ORG", ["Korvel General Hospital"]),
            ("Dragan Ilic", "PERSON", ["Dragan Ilic"]),
            ("Ivo Barisic", "PERSON", ["Ivo Barisic"]),
        ],
        [
            ("People were screaming", "Dragan Ilic"),
            ("We owe the families answers", "Ivo Barisic"),
        ],
        [
            ("Sunday", "collapsed in the city of Korvel on Sunday", "2019-11-17"),
            ("1974", "built in 1974", "1974"),
            ("last year", "repaired last year", "2018"),
            ("Monday", "the mayor said on Monday", "2019-11-18"),
        ],
    ),
    "inv-03-rate-rise": (
        "Central bank of Veldt raises rates again",
        "2023-02-03",
        """The Reserve Bank of Veldt raised its main interest rate to 6.5 per cent on Thursday, the fourth increase since October.

Governor Nadia Fourie said inflation was still far above the bank's target. "We will do what it takes," she told a news conference in Port Elias.

Economists at Marlow Securities had expected a smaller rise. Chief economist Bongani Zulu said the bank was "erring on the side of caution".

The Veldt Chamber of Commerce warned that small firms would suffer. Its president, Pieter Claassen, said: "Our members cannot borrow at these rates." The bank's next meeting is in March.""",
        [
            ("Reserve Bank of Veldt", "ORG", ["Reserve Bank of Veldt"]),
            ("Nadia Fourie", "PERSON", ["Nadia Fourie"]),
            ("Port Elias", "GPE", ["Port Elias"]),
            ("Marlow Securities", "ORG", ["Marlow Securities"]),
            ("Bongani Zulu", "PERSON", ["Bongani Zulu"]),
            ("Veldt Chamber of Commerce", "ORG", ["Veldt Chamber of Commerce"]),
            ("Pieter Claassen", "PERSON", ["Pieter Claassen"]),
        ],
        [
            ("We will do what it takes", "Nadia Fourie"),
            ("erring on the side of caution", "Bongani Zulu"),
            ("Our members cannot borrow", "Pieter Claassen"),
        ],
        [
            ("Thursday", "6.5 per cent on Thursday", "2023-02-02"),
            ("October", "since October", "2022-10"),
            ("March", "next meeting is in March", "2023-03"),
        ],
    ),
    "inv-04-football": (
        "Redbridge Rovers sack manager after cup defeat",
        "2022-01-10",
        """Redbridge Rovers have sacked their manager, Colin Ashworth, two days after a 3-0 home defeat by Farley Town in the cup.

Ashworth, 58, joined the club in May 2020 from Stennick Athletic. Rovers are 17th in the league.

Club chairman Martin Voss thanked him for his work. "Colin gave everything, but results have not been good enough," Voss said in a statement.

Striker Kieran Doyle, who scored 14 goals last season, said the players were to blame. "We let the manager down," the 24-year-old said. Assistant manager Leah Brook will take charge of Saturday's match against Orton.""",
        [
            ("Redbridge Rovers", "ORG", ["Redbridge Rovers", "Rovers"]),
            ("Colin Ashworth", "PERSON", ["Colin Ashworth", "Ashworth"]),
            ("Farley Town", "ORG", ["Farley Town"]),
            ("Stennick Athletic", "ORG", ["Stennick Athletic"]),
            ("Martin Voss", "PERSON", ["Martin Voss", "Voss"]),
            ("Kieran Doyle", "PERSON", ["Kieran Doyle"]),
            ("Leah Brook", "PERSON", ["Leah Brook"]),
            ("Orton", "ORG", ["Orton"]),
        ],
        [
            ("Colin gave everything", "Martin Voss"),
            ("We let the manager down", "Kieran Doyle"),
        ],
        [
            ("May 2020", "joined the club in May 2020", "2020-05"),
            ("last season", "14 goals last season", None),
            ("Saturday", "Saturday's match", "2022-01-15"),
        ],
    ),
    "inv-05-museum": (
        "Ellesmere museum reopens after fire",
        "2018-04-30",
        """The Ellesmere Museum of Natural History reopened to the public on Saturday, almost three years after a fire destroyed its roof.

More than 4,000 visitors came through the doors on the first day, the museum said. Director Hannah Pryce said the new galleries were "better than anything we had before".

The £12 million restoration was paid for by the Heritage Lottery Fund and the Ellesmere City Council. Council leader Rajesh Mistry said the city was proud. "This building belongs to everyone," he said.

The fire, in June 2015, was caused by a faulty heater, according to the Fire and Rescue Service.""",
        [
            ("Ellesmere Museum of Natural History", "ORG", ["Ellesmere Museum of Natural History"]),
            ("Hannah Pryce", "PERSON", ["Hannah Pryce"]),
            ("Heritage Lottery Fund", "ORG", ["Heritage Lottery Fund"]),
            ("Ellesmere City Council", "ORG", ["Ellesmere City Council"]),
            ("Rajesh Mistry", "PERSON", ["Rajesh Mistry"]),
            ("Fire and Rescue Service", "ORG", ["Fire and Rescue Service"]),
        ],
        [
            ("better than anything we had before", "Hannah Pryce"),
            ("This building belongs to everyone", "Rajesh Mistry"),
        ],
        [
            ("Saturday", "reopened to the public on Saturday", "2018-04-28"),
            ("June 2015", "The fire, in June 2015", "2015-06"),
        ],
    ),
    "inv-06-election": (
        "Coalition talks stall in Maravia",
        "2020-09-22",
        """Talks to form a government in Maravia broke down on Monday after the Green Alliance walked out, two weeks after an election that left no party with a majority.

Green Alliance leader Sofia Lindahl accused the Centre Party of bad faith. "They want our votes but not our ideas," Lindahl said.

Centre Party leader Anders Holm, whose party won the most seats, said he was still open to a deal. He told the Maravian Broadcasting Corporation (MBC) that he would call Lindahl on Wednesday.

President Eva Strand has asked the parties to agree by the end of October. If they fail, a new election could be held in January.""",
        [
            ("Maravia", "GPE", ["Maravia"]),
            ("Green Alliance", "ORG", ["Green Alliance"]),
            ("Sofia Lindahl", "PERSON", ["Sofia Lindahl", "Lindahl"]),
            ("Centre Party", "ORG", ["Centre Party"]),
            ("Anders Holm", "PERSON", ["Anders Holm"]),
            ("Maravian Broadcasting Corporation", "ORG", ["Maravian Broadcasting Corporation", "MBC"]),
            ("Eva Strand", "PERSON", ["Eva Strand"]),
        ],
        [("They want our votes", "Sofia Lindahl")],
        [
            ("Monday", "broke down on Monday", "2020-09-21"),
            ("Wednesday", "call Lindahl on Wednesday", "2020-09-23"),
            ("the end of October", "agree by the end of October", "2020-10"),
            ("January", "could be held in January", "2021-01"),
        ],
    ),
    "inv-07-airline": (
        "Pilots strike grounds Bluewing flights",
        "2024-07-15",
        """Budget airline Bluewing cancelled 180 flights on Sunday as pilots began a three-day strike over pay.

The Independent Pilots' Association (IPA) said its members had not had a rise since 2019. IPA general secretary Owen Maddox said the union had "no other option".

Passengers at Kestrel Airport queued for hours. "Nobody told us anything," said Ruth Adeyemi, who was travelling to Lisbon with her two children.

Bluewing said it was disappointed. A spokesman for the airline said most flights would run normally on Thursday. Transport minister Grace Ellery urged both sides to return to talks.""",
        [
            ("Bluewing", "ORG", ["Bluewing"]),
            ("Independent Pilots' Association", "ORG", ["Independent Pilots' Association", "IPA"]),
            ("Owen Maddox", "PERSON", ["Owen Maddox"]),
            ("Kestrel Airport", "LOC", ["Kestrel Airport"]),
            ("Ruth Adeyemi", "PERSON", ["Ruth Adeyemi"]),
            ("Lisbon", "GPE", ["Lisbon"]),
            ("Grace Ellery", "PERSON", ["Grace Ellery"]),
        ],
        [
            ("no other option", "Owen Maddox"),
            ("Nobody told us anything", "Ruth Adeyemi"),
        ],
        [
            ("Sunday", "180 flights on Sunday", "2024-07-14"),
            ("2019", "a rise since 2019", "2019"),
            ("Thursday", "run normally on Thursday", "2024-07-18"),
        ],
    ),
    "inv-08-court": (
        "Former treasurer jailed for theft from charity",
        "2017-03-24",
        """A former treasurer of a children's charity was jailed for three years on Thursday for stealing £85,000 from it.

Gordon Pike, 61, of Ashby Lane, Wrexford, admitted taking the money from the Little Steps Trust between 2012 and 2016. Wrexford Crown Court heard that he spent it on holidays and a car.

Judge Helen Marsh told him: "You betrayed the trust of people who gave their time for nothing."

Trust chairwoman Joan Whitaker said the charity had almost closed. "We are still recovering," she said outside the court. Detective Sergeant Amir Shah of Wrexford Police said the sentence sent a clear message.""",
        [
            ("Gordon Pike", "PERSON", ["Gordon Pike"]),
            ("Ashby Lane", "LOC", ["Ashby Lane"]),
            ("Wrexford", "GPE", ["Wrexford"]),
            ("Little Steps Trust", "ORG", ["Little Steps Trust"]),
            ("Wrexford Crown Court", "ORG", ["Wrexford Crown Court"]),
            ("Helen Marsh", "PERSON", ["Helen Marsh"]),
            ("Joan Whitaker", "PERSON", ["Joan Whitaker"]),
            ("Amir Shah", "PERSON", ["Amir Shah"]),
            ("Wrexford Police", "ORG", ["Wrexford Police"]),
        ],
        [
            ("You betrayed the trust", "Helen Marsh"),
            ("We are still recovering", "Joan Whitaker"),
        ],
        [
            ("Thursday", "three years on Thursday", "2017-03-23"),
            ("2012", "between 2012 and 2016", "2012"),
            ("2016", "between 2012 and 2016", "2016"),
        ],
    ),
    "inv-09-tech": (
        "Quillon unveils folding laptop",
        "2022-10-05",
        """Tech company Quillon unveiled a laptop with a folding screen at an event in San Francisco on Tuesday.

The Quillon Fold 2 will go on sale in November for $2,499. Quillon boss Derek Amani said it was the thinnest laptop ever made. "We spent four years on the hinge alone," Amani said.

Analyst Sunita Rao of Brightline Research said the price would limit sales. "It is a beautiful machine for very few people," she said.

Shares in Quillon rose 3 per cent on the Nasdaq. Rival Pellar launched its own folding device last month.""",
        [
            ("Quillon", "ORG", ["Quillon"]),
            ("San Francisco", "GPE", ["San Francisco"]),
            ("Derek Amani", "PERSON", ["Derek Amani", "Amani"]),
            ("Sunita Rao", "PERSON", ["Sunita Rao"]),
            ("Brightline Research", "ORG", ["Brightline Research"]),
            ("Nasdaq", "ORG", ["Nasdaq"]),
            ("Pellar", "ORG", ["Pellar"]),
        ],
        [
            ("We spent four years", "Derek Amani"),
            ("It is a beautiful machine", "Sunita Rao"),
        ],
        [
            ("Tuesday", "San Francisco on Tuesday", "2022-10-04"),
            ("November", "on sale in November", "2022-11"),
            ("last month", "device last month", "2022-09"),
        ],
    ),
    "inv-10-flood": (
        "Floods force thousands from homes in Tarnow Valley",
        "2021-07-19",
        """Heavy rain has forced more than 5,000 people from their homes in the Tarnow Valley, the regional government said on Sunday.

The River Lesk burst its banks at Milovice on Saturday night. Rescue workers used boats to reach people trapped on roofs.

"I have lived here for 70 years and never seen anything like it," said pensioner Jana Novak. Her neighbour, Tomas Dvorak, said the water rose a metre in an hour.

Regional governor Petra Kolar said the army would help clear the damage. The Meteorological Institute has warned of more rain on Tuesday.""",
        [
            ("Tarnow Valley", "LOC", ["Tarnow Valley"]),
            ("River Lesk", "LOC", ["River Lesk"]),
            ("Milovice", "GPE", ["Milovice"]),
            ("Jana Novak", "PERSON", ["Jana Novak"]),
            ("Tomas Dvorak", "PERSON", ["Tomas Dvorak"]),
            ("Petra Kolar", "PERSON", ["Petra Kolar"]),
            ("Meteorological Institute", "ORG", ["Meteorological Institute"]),
        ],
        [("I have lived here for 70 years", "Jana Novak")],
        [
            ("Sunday", "said on Sunday", "2021-07-18"),
            ("Saturday", "at Milovice on Saturday", "2021-07-17"),
            ("Tuesday", "more rain on Tuesday", "2021-07-20"),
        ],
    ),
    "inv-11-science": (
        "Astronomers find water on distant planet",
        "2019-05-14",
        """Astronomers at the University of Kelby say they have found water vapour in the air of a planet 110 light years from Earth.

The planet, known as K2-44b, is about twice the size of Earth. Lead researcher Dr Amelia Hart said the discovery was "a first step, not a last one".

The team used data from the Hubble Space Telescope gathered in 2016 and 2017. Their paper appears this week in the journal Nature Astronomy.

Professor Luis Moreno of the Madrid Institute of Space Sciences, who was not involved in the work, called it careful and convincing. "This is how science should be done," he said.""",
        [
            ("University of Kelby", "ORG", ["University of Kelby"]),
            ("Earth", "LOC", ["Earth"]),
            ("Amelia Hart", "PERSON", ["Amelia Hart"]),
            ("Luis Moreno", "PERSON", ["Luis Moreno"]),
            ("Madrid Institute of Space Sciences", "ORG", ["Madrid Institute of Space Sciences"]),
            ("Nature Astronomy", "ORG", ["Nature Astronomy"]),
        ],
        [
            ("a first step, not a last one", "Amelia Hart"),
            ("This is how science should be done", "Luis Moreno"),
        ],
        [
            ("2016", "gathered in 2016 and 2017", "2016"),
            ("2017", "in 2016 and 2017", "2017"),
            ("this week", "appears this week", "2019-W20"),
        ],
    ),
    "inv-12-protest": (
        "Farmers block roads in tractor protest",
        "2024-02-02",
        """Hundreds of farmers drove tractors into the centre of Valmont on Thursday to protest against cuts to fuel subsidies.

The protest was organised by the National Farmers' Federation (NFF). NFF president Bernard Roux said the cuts would ruin small farms. "We feed this country, and this is how we are treated," Roux said.

Agriculture minister Claire Dubois said she would meet farmers' leaders next week. Her ministry said the subsidy had cost 1.2 billion euros last year.

Police said the protest was peaceful. Traffic in the city returned to normal by Friday morning.""",
        [
            ("Valmont", "GPE", ["Valmont"]),
            ("National Farmers' Federation", "ORG", ["National Farmers' Federation", "NFF"]),
            ("Bernard Roux", "PERSON", ["Bernard Roux", "Roux"]),
            ("Claire Dubois", "PERSON", ["Claire Dubois"]),
        ],
        [("We feed this country", "Bernard Roux")],
        [
            ("Thursday", "Valmont on Thursday", "2024-02-01"),
            ("next week", "farmers' leaders next week", "2024-W06"),
            ("last year", "1.2 billion euros last year", "2023"),
            ("Friday", "normal by Friday", "2024-02-02"),
        ],
    ),
    "inv-13-hospital-strike": (
        "Nurses at Calder Royal Infirmary walk out over staffing",
        "2023-01-18",
        """Nurses at Calder Royal Infirmary began a two-day strike on Wednesday, the first at the hospital in its 70-year history.

The Royal College of Nursing said more than 600 of its members had joined picket lines. Ward sister Gemma Pollard, who has worked at the hospital for 19 years, said staff were exhausted. 'We are not doing this for ourselves,' she said. 'We are doing it for our patients.'

The Calder Valley Health Trust said planned operations had been postponed. Its chief executive, Dr Martin Hale, said emergency care would continue as normal.

Health Secretary Priya Desai is due to meet union leaders next Tuesday.""",
        [
            ("Calder Royal Infirmary", "ORG", ["Calder Royal Infirmary"]),
            ("Royal College of Nursing", "ORG", ["Royal College of Nursing"]),
            ("Gemma Pollard", "PERSON", ["Gemma Pollard"]),
            ("Calder Valley Health Trust", "ORG", ["Calder Valley Health Trust"]),
            ("Martin Hale", "PERSON", ["Martin Hale"]),
            ("Priya Desai", "PERSON", ["Priya Desai"]),
        ],
        [
            ("We are not doing this for ourselves", "Gemma Pollard"),
            ("We are doing it for our patients", "Gemma Pollard"),
        ],
        [
            ("Wednesday", "strike on Wednesday", "2023-01-18"),
            ("next Tuesday", "union leaders next Tuesday", "2023-01-24"),
        ],
    ),
    "inv-14-chip-plant": (
        "Norvik Semiconductor picks Arlen for new plant",
        "2022-05-11",
        """Norvik Semiconductor will build a $4 billion chip factory outside Arlen, the company announced on Tuesday, creating about 1,500 jobs.

The plant is expected to open in 2025. Norvik, which is based in Tessaly, already runs two factories in Asia.

Governor Luis Ferreira called it the largest investment in the state's history. "This puts us on the map," he said at a news conference with Norvik president Hana Ito.

Ito said the company had looked at 12 sites. "Arlen had the workers, the water and the power we need," she said.""",
        [
            ("Norvik Semiconductor", "ORG", ["Norvik Semiconductor", "Norvik"]),
            ("Arlen", "GPE", ["Arlen"]),
            ("Tessaly", "GPE", ["Tessaly"]),
            ("Asia", "LOC", ["Asia"]),
            ("Luis Ferreira", "PERSON", ["Luis Ferreira"]),
            ("Hana Ito", "PERSON", ["Hana Ito", "Ito"]),
        ],
        [
            ("This puts us on the map", "Luis Ferreira"),
            ("Arlen had the workers", "Hana Ito"),
        ],
        [
            ("Tuesday", "announced on Tuesday", "2022-05-10"),
            ("2025", "open in 2025", "2025"),
        ],
    ),
    "inv-15-heatwave": (
        "Heatwave breaks records across Serrano",
        "2019-07-26",
        """Temperatures reached 43C in the city of Valdera on Thursday, the highest ever recorded in Serrano, the national weather service said.

Officials in Valdera opened cooling centres in schools and libraries. Mayor Carmen Soto urged older people to stay indoors during the afternoon.

"We have never seen heat like this in July," said Ramon Ibarra, a climate scientist at the University of Valdera. He said such heatwaves would become more common.

Forecasters expect temperatures to ease by Sunday.""",
        [
            ("Valdera", "GPE", ["Valdera"]),
            ("Serrano", "GPE", ["Serrano"]),
            ("Carmen Soto", "PERSON", ["Carmen Soto"]),
            ("Ramon Ibarra", "PERSON", ["Ramon Ibarra"]),
            ("University of Valdera", "ORG", ["University of Valdera"]),
        ],
        [("We have never seen heat like this", "Ramon Ibarra")],
        [
            ("Thursday", "Valdera on Thursday", "2019-07-25"),
            ("July", "heat like this in July", "2019-07"),
            ("Sunday", "ease by Sunday", "2019-07-28"),
        ],
    ),
    "inv-16-cricket": (
        "Hollis hits century as Westshire win",
        "2021-08-09",
        """Westshire beat Ellery County by six wickets at Brookfield Park on Sunday, with captain Tom Hollis scoring an unbeaten 112.

Hollis, 31, reached his hundred with a six off the last ball of the 48th over. It was his third century of the season.

'I just tried to stay calm,' Hollis said. 'The pitch was good and the boys backed me.'

Ellery County coach Dean Matthews praised the home side. The two teams meet again in the semi-final next month.""",
        [
            ("Westshire", "ORG", ["Westshire"]),
            ("Ellery County", "ORG", ["Ellery County"]),
            ("Brookfield Park", "LOC", ["Brookfield Park"]),
            ("Tom Hollis", "PERSON", ["Tom Hollis", "Hollis"]),
            ("Dean Matthews", "PERSON", ["Dean Matthews"]),
        ],
        [
            ("I just tried to stay calm", "Tom Hollis"),
            ("The pitch was good", "Tom Hollis"),
        ],
        [
            ("Sunday", "Brookfield Park on Sunday", "2021-08-08"),
            ("next month", "semi-final next month", "2021-09"),
        ],
    ),
    "inv-17-fraud-trial": (
        "Former bank manager denies fraud",
        "2020-02-14",
        """A former bank manager has gone on trial accused of stealing nearly £400,000 from elderly customers.

Simon Cole, 52, of Fairfield, denies 14 counts of fraud at Harlow Crown Court. Prosecutor Emma Grant told the jury that Cole had moved money from the accounts of eight customers between 2014 and 2018.

"He chose his victims carefully," Ms Grant said. "They trusted him completely."

The trial, which is expected to last three weeks, continues on Monday.""",
        [
            ("Simon Cole", "PERSON", ["Simon Cole", "Cole"]),
            ("Fairfield", "GPE", ["Fairfield"]),
            ("Harlow Crown Court", "ORG", ["Harlow Crown Court"]),
            ("Emma Grant", "PERSON", ["Emma Grant", "Grant"]),
        ],
        [
            ("He chose his victims carefully", "Emma Grant"),
            ("They trusted him completely", "Emma Grant"),
        ],
        [
            ("2014", "between 2014 and 2018", "2014"),
            ("2018", "between 2014 and 2018", "2018"),
            ("Monday", "continues on Monday", "2020-02-17"),
        ],
    ),
    "inv-18-album": (
        "Singer Mara Vell returns with first album in six years",
        "2024-03-01",
        """Singer Mara Vell has released her first album in six years, a record she says was written during a long illness.

The album, Salt and Iron, was recorded in Dublin last summer with producer Kevin Doyle. Vell said on Thursday that making it had "saved my life".

Her label, Northgate Records, said advance orders were the highest in its history. Vell will begin a tour of Europe in May, starting in Lisbon.""",
        [
            ("Mara Vell", "PERSON", ["Mara Vell", "Vell"]),
            ("Dublin", "GPE", ["Dublin"]),
            ("Kevin Doyle", "PERSON", ["Kevin Doyle"]),
            ("Northgate Records", "ORG", ["Northgate Records"]),
            ("Europe", "LOC", ["Europe"]),
            ("Lisbon", "GPE", ["Lisbon"]),
        ],
        [("saved my life", "Mara Vell")],
        [
            ("Thursday", "Vell said on Thursday", "2024-02-29"),
            ("May", "tour of Europe in May", "2024-05"),
        ],
    ),
    "inv-19-wind-farm": (
        "Offshore wind farm approved despite fishermen's protests",
        "2023-10-06",
        """The government has approved a 90-turbine wind farm off the coast of Penmor, despite objections from local fishermen.

Energy minister Alan Reeve said on Thursday that the project would power 800,000 homes. Construction by Solent Offshore Energy is due to start next year.

The Penmor Fishermen's Association said the turbines would destroy crab and lobster grounds. Its chairman, Gareth Evans, said members would consider a legal challenge. "Nobody asked us," he said.""",
        [
            ("Penmor", "GPE", ["Penmor"]),
            ("Alan Reeve", "PERSON", ["Alan Reeve"]),
            ("Solent Offshore Energy", "ORG", ["Solent Offshore Energy"]),
            ("Penmor Fishermen's Association", "ORG", ["Penmor Fishermen's Association"]),
            ("Gareth Evans", "PERSON", ["Gareth Evans"]),
        ],
        [("Nobody asked us", "Gareth Evans")],
        [
            ("Thursday", "Alan Reeve said on Thursday", "2023-10-05"),
            ("next year", "due to start next year", "2024"),
        ],
    ),
    "inv-20-school-closure": (
        "Village school to close after 140 years",
        "2018-06-22",
        """St Anne's Primary School in the village of Little Harrow will close in July after 140 years, because too few children live in the area.

Only 23 pupils are enrolled this year. The school's head teacher, Ruth Barnes, said she was heartbroken. "Generations of families have come through these doors," she said.

Harrow Vale District Council said pupils would be offered places at two schools in nearby Coldbrook. Councillor James Whitfield said the decision had not been taken lightly.""",
        [
            ("St Anne's Primary School", "ORG", ["St Anne's Primary School"]),
            ("Little Harrow", "GPE", ["Little Harrow"]),
            ("Ruth Barnes", "PERSON", ["Ruth Barnes"]),
            ("Harrow Vale District Council", "ORG", ["Harrow Vale District Council"]),
            ("Coldbrook", "GPE", ["Coldbrook"]),
            ("James Whitfield", "PERSON", ["James Whitfield"]),
        ],
        [("Generations of families have come through", "Ruth Barnes")],
        [
            ("July", "close in July", "2018-07"),
            ("this year", "enrolled this year", "2018"),
        ],
    ),
}


def gold(brief: str, title: str, date: str, entities, quotes, timeline) -> dict:
    names = [[a for a in aliases] for _, _, aliases in entities if len(aliases) > 1]
    return {
        "brief": brief,
        "title": title,
        "dct": date,
        "source": "invented for Briefing's tests (bench/invented/make_gold.py)",
        "entities": [{"name": n, "type": t, "aliases": a} for n, t, a in entities],
        "must_merge": names,
        "must_not_be_entities": [],
        "quotes": [{"starts": q[0], "speaker": q[1], "accept": list(q[2]) if len(q) > 2 else [q[1]]} for q in quotes],
        "timeline": [{"expression": e, "context": c, "date": d} for e, c, d in timeline if d is not None],
    }


def main() -> None:
    from session18 import WHILE_WRITING, WRITTEN_AFTER, WRITTEN_LAST  # beside this file
    from session19 import HELD_OUT_LAST, HELD_OUT_WHILE_WRITING
    from session20 import HELD_OUT_LAST as SESSION20_LAST
    from session20 import HELD_OUT_WHILE_WRITING as SESSION20_WHILE_WRITING
    from session21 import CONSULTED as SESSION21_CONSULTED
    from session21 import HELD_OUT_LAST as SESSION21_LAST
    from session21 import HELD_OUT_WHILE_WRITING as SESSION21_WHILE_WRITING
    from session22 import HELD_OUT_LAST as SESSION22_LAST
    from session22 import HELD_OUT_WHILE_WRITING as SESSION22_WHILE_WRITING
    from session23 import CONSULTED as SESSION23_CONSULTED
    from session23 import HELD_OUT_LAST as SESSION23_LAST
    from session23 import HELD_OUT_WHILE_WRITING as SESSION23_WHILE_WRITING
    from session24 import HELD_OUT_LAST as SESSION24_LAST
    from session24 import HELD_OUT_WHILE_WRITING as SESSION24_WHILE_WRITING
    from session25 import HELD_OUT_LAST as SESSION25_LAST
    from session25 import HELD_OUT_WHILE_WRITING as SESSION25_WHILE_WRITING
    from session26 import HELD_OUT_LAST as SESSION26_LAST
    from session26 import HELD_OUT_WHILE_WRITING as SESSION26_WHILE_WRITING
    from session27 import HELD_OUT_LAST as SESSION27_LAST
    from session27 import HELD_OUT_WHILE_WRITING as SESSION27_WHILE_WRITING
    from session28 import HELD_OUT_GLIMPSED as SESSION28_GLIMPSED
    from session28 import HELD_OUT_LAST as SESSION28_LAST
    from session28 import HELD_OUT_WHILE_WRITING as SESSION28_WHILE_WRITING
    from session29 import HELD_OUT_LAST as SESSION29_LAST
    from session29 import HELD_OUT_RESERVE as SESSION29_RESERVE
    from session29 import HELD_OUT_WHILE_WRITING as SESSION29_WHILE_WRITING
    from session30 import HELD_OUT_LAST as SESSION30_LAST
    from session30 import HELD_OUT_RESERVE as SESSION30_RESERVE
    from session30 import HELD_OUT_WHILE_WRITING as SESSION30_WHILE_WRITING
    from session31 import HELD_OUT_LAST as SESSION31_LAST
    from session31 import HELD_OUT_RESERVE as SESSION31_RESERVE
    from session31 import HELD_OUT_WHILE_WRITING as SESSION31_WHILE_WRITING
    from session32 import HELD_OUT_LAST as SESSION32_LAST
    from session32 import HELD_OUT_RESERVE as SESSION32_RESERVE
    from session32 import HELD_OUT_WHILE_WRITING as SESSION32_WHILE_WRITING
    from session33 import HELD_OUT_LAST as SESSION33_LAST
    from session33 import HELD_OUT_RESERVE as SESSION33_RESERVE
    from session33 import HELD_OUT_WHILE_WRITING as SESSION33_WHILE_WRITING
    from session34 import HELD_OUT_LAST as SESSION34_LAST
    from session34 import HELD_OUT_RESERVE as SESSION34_RESERVE
    from session34 import HELD_OUT_WHILE_WRITING as SESSION34_WHILE_WRITING
    from session35 import HELD_OUT_LAST as SESSION35_LAST
    from session35 import HELD_OUT_RESERVE as SESSION35_RESERVE
    from session35 import HELD_OUT_WHILE_WRITING as SESSION35_WHILE_WRITING
    from session36 import HELD_OUT_GLIMPSED as SESSION36_GLIMPSED
    from session36 import HELD_OUT_RESERVE as SESSION36_RESERVE
    from session36 import HELD_OUT_WHILE_WRITING as SESSION36_WHILE_WRITING
    from session37 import HELD_OUT_LAST as SESSION37_LAST
    from session37 import HELD_OUT_RESERVE as SESSION37_RESERVE
    from session37 import HELD_OUT_WHILE_WRITING as SESSION37_WHILE_WRITING
    from session38 import HELD_OUT_LAST as SESSION38_LAST
    from session38 import HELD_OUT_RESERVE as SESSION38_RESERVE
    from session38 import HELD_OUT_WHILE_WRITING as SESSION38_WHILE_WRITING
    from session39 import HELD_OUT_GLIMPSED as SESSION39_GLIMPSED
    from session39 import HELD_OUT_RESERVE as SESSION39_RESERVE
    from session39 import HELD_OUT_WHILE_WRITING as SESSION39_WHILE_WRITING
    from session40 import HELD_OUT_LAST as SESSION40_LAST
    from session40 import HELD_OUT_RESERVE as SESSION40_RESERVE
    from session40 import HELD_OUT_WHILE_WRITING as SESSION40_WHILE_WRITING
    from session41 import HELD_OUT_LAST as SESSION41_LAST
    from session41 import HELD_OUT_RESERVE as SESSION41_RESERVE
    from session41 import HELD_OUT_WHILE_WRITING as SESSION41_WHILE_WRITING

    session18 = WHILE_WRITING | WRITTEN_AFTER | WRITTEN_LAST
    session20 = SESSION20_WHILE_WRITING | SESSION20_LAST
    session21 = SESSION21_WHILE_WRITING | SESSION21_LAST | SESSION21_CONSULTED
    session22 = SESSION22_WHILE_WRITING | SESSION22_LAST
    session23 = SESSION23_CONSULTED | SESSION23_WHILE_WRITING | SESSION23_LAST
    session24 = SESSION24_WHILE_WRITING | SESSION24_LAST
    session25 = SESSION25_WHILE_WRITING | SESSION25_LAST
    session26 = SESSION26_WHILE_WRITING | SESSION26_LAST
    session27 = SESSION27_WHILE_WRITING | SESSION27_LAST
    session28 = SESSION28_WHILE_WRITING | SESSION28_GLIMPSED | SESSION28_LAST
    session29 = SESSION29_WHILE_WRITING | SESSION29_LAST | SESSION29_RESERVE
    session30 = SESSION30_WHILE_WRITING | SESSION30_LAST | SESSION30_RESERVE
    session31 = SESSION31_WHILE_WRITING | SESSION31_LAST | SESSION31_RESERVE
    session32 = SESSION32_WHILE_WRITING | SESSION32_LAST | SESSION32_RESERVE
    session33 = SESSION33_WHILE_WRITING | SESSION33_LAST | SESSION33_RESERVE
    session34 = SESSION34_WHILE_WRITING | SESSION34_LAST | SESSION34_RESERVE
    session35 = SESSION35_WHILE_WRITING | SESSION35_LAST | SESSION35_RESERVE
    session36 = SESSION36_WHILE_WRITING | SESSION36_GLIMPSED | SESSION36_RESERVE
    session37 = SESSION37_WHILE_WRITING | SESSION37_LAST | SESSION37_RESERVE
    session38 = SESSION38_WHILE_WRITING | SESSION38_LAST | SESSION38_RESERVE
    session39 = SESSION39_WHILE_WRITING | SESSION39_GLIMPSED | SESSION39_RESERVE
    session40 = SESSION40_WHILE_WRITING | SESSION40_LAST | SESSION40_RESERVE
    session41 = SESSION41_WHILE_WRITING | SESSION41_LAST | SESSION41_RESERVE
    for brief, (title, date, body, entities, quotes, timeline) in (
        ARTICLES
        | session18
        | HELD_OUT_WHILE_WRITING
        | HELD_OUT_LAST
        | session20
        | session21
        | session22
        | session23
        | session24
        | session25
        | session26
        | session27
        | session28
        | session29
        | session30
        | session31
        | session32
        | session33
        | session34
        | session35
        | session36
        | session37
        | session38
        | session39
        | session40
        | session41
    ).items():
        (HERE / f"{brief}.md").write_text(f'---\ntitle: "{title}"\ndate: {date}\n---\n\n{body}\n', encoding="utf-8")
        data = gold(brief, title, date, entities, quotes, timeline)
        (HERE / f"{brief}.gold.json").write_text(
            json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
