"""Session 18's invented articles, written by helpers who had not seen the rules' code, so that
the engineer who wrote the rules never read them (only their total scores): `WHILE_WRITING`
(inv-21 … inv-32) served as session 18's held-out check while its rules were written;
`WRITTEN_AFTER` (inv-33 … inv-44) was written mid-session and scored once, at 63ba351;
`WRITTEN_LAST` (inv-45 … inv-56) was written after that and scored once, at the session's end.
Same format as `make_gold.ARTICLES`; a quote may carry a third item, the speakers it accepts.
"""

# fmt: off
WHILE_WRITING: dict[str, tuple] = {
    "inv-21-takeover": (
        "Veyra Resources agrees to buy Halbrook Mining",
        "2024-03-12",
        """TORONTO, March 12 (Northline News) - Veyra Resources Ltd said on Tuesday it had agreed to buy Halbrook Mining for C$2.1 billion in cash and shares, creating one of the largest gold producers in West Africa.

The offer values Halbrook at a 34 per cent premium to its closing price on Monday. Veyra, which is based in Vancouver, said it expected the deal to be completed by the end of September, subject to approval by shareholders and by regulators in Canada and Ghana.

"This brings together two companies that know how to build mines in difficult places," Veyra chief executive Graham Tolliver told analysts on a conference call. He said the combined group would produce about 900,000 ounces of gold a year.

Halbrook's board has recommended the offer. Its chairwoman, Renata Szabo, said the price "fully reflects the value of our assets and the work of our people".

Halbrook's only producing mine, near Tarkwa in western Ghana, was shut for six weeks last year by strikes over pay.

"It is a full price, but not a crazy one," said Castellan Securities analyst Priyanka Deol. "Veyra is paying for growth it could not find on its own."

Shares in Halbrook rose 29 per cent in Toronto, while Veyra fell 4 per cent.""",
        [
            ("Toronto", "GPE", ["Toronto"]),
            ("Northline News", "ORG", ["Northline News"]),
            ("Veyra Resources Ltd", "ORG", ["Veyra Resources Ltd", "Veyra"]),
            ("Halbrook Mining", "ORG", ["Halbrook Mining", "Halbrook"]),
            ("West Africa", "LOC", ["West Africa"]),
            ("Vancouver", "GPE", ["Vancouver"]),
            ("Canada", "GPE", ["Canada"]),
            ("Ghana", "GPE", ["Ghana"]),
            ("Graham Tolliver", "PERSON", ["Graham Tolliver"]),
            ("Renata Szabo", "PERSON", ["Renata Szabo"]),
            ("Tarkwa", "GPE", ["Tarkwa"]),
            ("Castellan Securities", "ORG", ["Castellan Securities"]),
            ("Priyanka Deol", "PERSON", ["Priyanka Deol"]),
        ],
        [
            ("This brings together two companies", "Graham Tolliver"),
            ("fully reflects the value of our assets", "Renata Szabo"),
            ("It is a full price", "Priyanka Deol"),
            ("Veyra is paying for growth", "Priyanka Deol"),
        ],
        [
            ("March 12", "TORONTO, March 12", "2024-03-12"),
            ("Tuesday", "Veyra Resources Ltd said on Tuesday", "2024-03-12"),
            ("Monday", "its closing price on Monday", "2024-03-11"),
            ("the end of September", "completed by the end of September", "2024-09"),
            ("last year", "shut for six weeks last year", "2023"),
        ],
    ),
    "inv-22-tennis": (
        "Etxeberria wins first title in Porto",
        "2017-06-12",
        """Spain's Marisol Etxeberria won her first professional singles title on Sunday, beating the Dutch fourth seed Femke van der Laan 6-3, 4-6, 7-5 in the final in Porto.

The 19-year-old from Bilbao, ranked 112th in the world, saved two match points in the deciding set. She had not won a match at this level until April.

"I still can't believe it," Etxeberria said after the match. "At 5-3 down I was only thinking about the next point, never about the trophy."

Van der Laan, who won the same tournament two years ago, was generous in defeat. "She played without fear. I had my chances and I didn't take them," the 27-year-old said.

Etxeberria rose to 81st in the world rankings published on Monday. She next plays at a grass-court event in Birmingham next week.""",
        [
            ("Spain", "GPE", ["Spain"]),
            ("Marisol Etxeberria", "PERSON", ["Marisol Etxeberria", "Etxeberria"]),
            ("Femke van der Laan", "PERSON", ["Femke van der Laan", "Van der Laan"]),
            ("Porto", "GPE", ["Porto"]),
            ("Bilbao", "GPE", ["Bilbao"]),
            ("Birmingham", "GPE", ["Birmingham"]),
        ],
        [
            ("I still can't believe it", "Marisol Etxeberria"),
            ("At 5-3 down I was", "Marisol Etxeberria"),
            ("She played without fear", "Femke van der Laan"),
        ],
        [
            ("Sunday", "singles title on Sunday", "2017-06-11"),
            ("April", "until April", "2017-04"),
            ("two years ago", "the same tournament two years ago", "2015"),
            ("Monday", "rankings published on Monday", "2017-06-12"),
            ("next week", "in Birmingham next week", "2017-W25"),
        ],
    ),
    "inv-23-earthquake": (
        "Earthquake kills 14 in southern Peru",
        "2016-09-28",
        """LIMA — A magnitude 6.8 earthquake struck southern Peru early on Tuesday, killing at least 14 people and destroying hundreds of homes in the Arequipa region, officials in Lima said.

The quake was centred about 40 km north-east of the town of Chivay at a depth of 12 km, according to the United States Geological Survey (USGS). The USGS recorded more than 30 aftershocks during the night.

Arequipa regional governor Hernán Quispe Llosa said rescue teams were still searching for people trapped in collapsed adobe houses. "Whole streets have simply disappeared," Quispe told local radio.

Foreign Minister Lucía Arrieta said on Wednesday that Peru had accepted offers of help from Chile and Ecuador, and that a team from the United Nations would arrive on Friday. "We are grateful to our neighbours, who called within hours," Arrieta said. "Peru will not forget it."

The region was last hit by a strong earthquake in 2001, when more than 100 people died.""",
        [
            ("Lima", "GPE", ["Lima"]),
            ("Peru", "GPE", ["Peru"]),
            ("Arequipa", "GPE", ["Arequipa"]),
            ("Chivay", "GPE", ["Chivay"]),
            ("United States Geological Survey", "ORG", ["United States Geological Survey", "USGS"]),
            ("Hernán Quispe Llosa", "PERSON", ["Hernán Quispe Llosa", "Quispe"]),
            ("Lucía Arrieta", "PERSON", ["Lucía Arrieta", "Arrieta"]),
            ("Chile", "GPE", ["Chile"]),
            ("Ecuador", "GPE", ["Ecuador"]),
            ("United Nations", "ORG", ["United Nations"]),
        ],
        [
            ("Whole streets have simply disappeared", "Hernán Quispe Llosa"),
            ("We are grateful to our neighbours", "Lucía Arrieta"),
            ("Peru will not forget it", "Lucía Arrieta"),
        ],
        [
            ("Tuesday", "southern Peru early on Tuesday", "2016-09-27"),
            ("Wednesday", "said on Wednesday that Peru", "2016-09-28"),
            ("Friday", "would arrive on Friday", "2016-09-30"),
            ("2001", "earthquake in 2001", "2001"),
        ],
    ),
    "inv-24-drug-recall": (
        "Blood pressure pill recalled in Ireland",
        "2019-10-03",
        """Pharmacies across Ireland have been told to remove a widely used blood pressure medicine from their shelves after tests found traces of a possible carcinogen, the country's medicines regulator said on Wednesday.

The Irish Medicines Safety Board (IMSB) ordered the recall of 14 batches of Calvorex tablets made by Brenmore Pharma, a drugmaker based in Cork.

"Patients should not stop taking their medicine without talking to a doctor first," said the board's chief medical officer, Dr Niamh Corrigan. "The risk from any single tablet is extremely low."

Brenmore said it was "cooperating fully with the regulator and has stopped distribution of the affected batches". The company's chief executive, Declan Moriarty, said the problem had been traced to an ingredient bought from a supplier in India last year. "We are deeply sorry for the worry this has caused," he said.

About 60,000 people in Ireland take the drug. "Nobody will be left without treatment," a spokesman for the country's pharmacists said, adding that other brands were available.

A similar recall of a different medicine in 2018 affected patients across the European Union. The IMSB expects to publish its full test results by the end of October.""",
        [
            ("Ireland", "GPE", ["Ireland"]),
            ("Irish Medicines Safety Board", "ORG", ["Irish Medicines Safety Board", "IMSB"]),
            ("Brenmore Pharma", "ORG", ["Brenmore Pharma", "Brenmore"]),
            ("Cork", "GPE", ["Cork"]),
            ("Niamh Corrigan", "PERSON", ["Niamh Corrigan"]),
            ("Declan Moriarty", "PERSON", ["Declan Moriarty"]),
            ("India", "GPE", ["India"]),
            ("European Union", "ORG", ["European Union"]),
        ],
        [
            ("Patients should not stop taking", "Niamh Corrigan"),
            ("The risk from any single tablet", "Niamh Corrigan"),
            ("cooperating fully with the regulator", "Brenmore Pharma"),
            ("We are deeply sorry", "Declan Moriarty"),
            ("Nobody will be left without treatment", None),
        ],
        [
            ("Wednesday", "medicines regulator said on Wednesday", "2019-10-02"),
            ("last year", "a supplier in India last year", "2018"),
            ("2018", "a different medicine in 2018", "2018"),
            ("the end of October", "by the end of October", "2019-10"),
        ],
    ),
    "inv-25-mine-strike": (
        "Strike halts gold mine in Ghana",
        "2023-08-17",
        """Workers at Halbrook Mining's gold mine near Tarkwa in western Ghana walked out on Wednesday, halting production for the second time this year.

The Ghana Mineworkers' Federation (GMF) said about 1,400 of its members had joined the strike after talks on pay broke down last week. The union wants a 25 per cent rise to make up for rising food prices.

"Our members dig the gold, but they cannot feed their families," the federation's general secretary, Ebenezer Quaye-Tetteh, told reporters in Accra. "We will stay out until Halbrook makes a serious offer."

Halbrook said it had offered 12 per cent, backdated to January. "The company remains open to dialogue and regrets the decision to strike," it said in a statement.

Police were sent to the mine gate as a precaution. "There has been no violence and we expect none," a police spokesman said.

The mine produced 210,000 ounces of gold in 2022. A previous strike, in March, lasted nine days and ended when the Mineworkers' Federation accepted a one-off bonus.""",
        [
            ("Halbrook Mining", "ORG", ["Halbrook Mining", "Halbrook"]),
            ("Tarkwa", "GPE", ["Tarkwa"]),
            ("Ghana", "GPE", ["Ghana"]),
            ("Ghana Mineworkers' Federation", "ORG", ["Ghana Mineworkers' Federation", "GMF", "Mineworkers' Federation"]),
            ("Ebenezer Quaye-Tetteh", "PERSON", ["Ebenezer Quaye-Tetteh"]),
            ("Accra", "GPE", ["Accra"]),
        ],
        [
            ("Our members dig the gold", "Ebenezer Quaye-Tetteh"),
            ("We will stay out until", "Ebenezer Quaye-Tetteh"),
            ("The company remains open to dialogue", "Halbrook Mining"),
            ("There has been no violence", None),
        ],
        [
            ("Wednesday", "walked out on Wednesday", "2023-08-16"),
            ("this year", "the second time this year", "2023"),
            ("last week", "broke down last week", "2023-W32"),
            ("January", "backdated to January", "2023-01"),
            ("2022", "ounces of gold in 2022", "2022"),
            ("March", "A previous strike, in March", "2023-03"),
        ],
    ),
    "inv-26-wildfire": (
        "Wildfire forces evacuation of British Columbia town",
        "2021-07-20",
        """About 3,000 people were ordered to leave the town of Carrow in British Columbia on Monday night as a wildfire driven by strong winds came within 5 km of its edge.

The Thompson Valley Fire Centre said the fire had grown to 9,400 hectares since it was started by lightning last Thursday. More than 200 firefighters and 14 helicopters are working on it.

"We are not going to be able to hold it tonight if the wind keeps up," fire information officer Jordan Petrakis said late on Monday.

Carrow's mayor, Denise Albright, urged residents who had not yet left to go immediately. "Nobody wants to leave their home, but nobody should stay," Albright said. Evacuees are being housed at the Riverside Arena in Kamloops, about 90 km to the south.

Environment Canada forecast hot, dry weather with no rain until next Tuesday.

The province has recorded more than 1,200 wildfires so far this year, compared with about 670 in the whole of 2020.""",
        [
            ("Carrow", "GPE", ["Carrow"]),
            ("British Columbia", "GPE", ["British Columbia"]),
            ("Thompson Valley Fire Centre", "ORG", ["Thompson Valley Fire Centre"]),
            ("Jordan Petrakis", "PERSON", ["Jordan Petrakis"]),
            ("Denise Albright", "PERSON", ["Denise Albright", "Albright"]),
            ("Riverside Arena", "LOC", ["Riverside Arena"]),
            ("Kamloops", "GPE", ["Kamloops"]),
            ("Environment Canada", "ORG", ["Environment Canada"]),
        ],
        [
            ("We are not going to be able", "Jordan Petrakis"),
            ("Nobody wants to leave their home", "Denise Albright"),
        ],
        [
            ("Monday", "British Columbia on Monday night", "2021-07-19"),
            ("last Thursday", "by lightning last Thursday", "2021-07-15"),
            ("tonight", "able to hold it tonight", "2021-07-19"),
            ("Monday", "said late on Monday", "2021-07-19"),
            ("next Tuesday", "no rain until next Tuesday", "2021-07-27"),
            ("this year", "so far this year", "2021"),
            ("2020", "the whole of 2020", "2020"),
        ],
    ),
    "inv-27-ferry": (
        "Ferry runs aground off Syros, all passengers safe",
        "2018-08-14",
        """PIRAEUS, Greece, Aug. 14 — A passenger ferry carrying 312 people ran aground off the island of Syros early on Tuesday, and everyone on board was taken off safely, the Hellenic Coast Guard said.

The vessel, operated by Kyklades Lines, had left Piraeus on Monday evening. It struck rocks about 300 metres from the port of Ermoupoli shortly after 2 a.m. Eight people were treated for minor injuries.

"The sea was calm, so this should not have happened," said Stavros Kalogeropoulos, 64, a retired teacher who was travelling to Tinos with his wife.

The captain and two officers were detained for questioning, as is usual after accidents in Greece. "Our priority is the safety of our passengers and crew, and we are helping the investigation," the company said in a statement.

Shipping Minister Eleni Markantonaki said on Tuesday that she had ordered checks on every ferry operating in the Cyclades. "Ferry safety is not negotiable," she said. Markantonaki added that the inspections would begin next week.

It was the second accident involving a Kyklades ferry since June 2016, when a vessel hit a harbour wall on Paros.""",
        [
            ("Piraeus", "GPE", ["Piraeus"]),
            ("Greece", "GPE", ["Greece"]),
            ("Syros", "LOC", ["Syros"]),
            ("Hellenic Coast Guard", "ORG", ["Hellenic Coast Guard"]),
            ("Kyklades Lines", "ORG", ["Kyklades Lines", "Kyklades"]),
            ("Ermoupoli", "GPE", ["Ermoupoli"]),
            ("Stavros Kalogeropoulos", "PERSON", ["Stavros Kalogeropoulos"]),
            ("Tinos", "LOC", ["Tinos"]),
            ("Eleni Markantonaki", "PERSON", ["Eleni Markantonaki", "Markantonaki"]),
            ("Cyclades", "LOC", ["Cyclades"]),
            ("Paros", "LOC", ["Paros"]),
        ],
        [
            ("The sea was calm", "Stavros Kalogeropoulos"),
            ("Our priority is the safety", "Kyklades Lines"),
            ("Ferry safety is not negotiable", "Eleni Markantonaki"),
        ],
        [
            ("Aug. 14", "PIRAEUS, Greece, Aug. 14", "2018-08-14"),
            ("Tuesday", "off the island of Syros early on Tuesday", "2018-08-14"),
            ("Monday", "left Piraeus on Monday evening", "2018-08-13"),
            ("Tuesday", "said on Tuesday that she", "2018-08-14"),
            ("next week", "would begin next week", "2018-W34"),
            ("June 2016", "since June 2016", "2016-06"),
        ],
    ),
    "inv-28-data-breach": (
        "Hackers steal data of 1.8 million insurance customers",
        "2022-11-09",
        """FRANKFURT — Hackers stole the personal data of about 1.8 million customers of Lindenhof Versicherung, one of Germany's largest car insurers, the company said on Wednesday.

The stolen files included names, addresses and bank details but no passwords, Lindenhof said. The breach was discovered on November 2, and the company informed Germany's Federal Office for Information Security (BSI) the same day.

"We apologise to every customer affected," chief executive Katrin Vollmer said in a video message. "We have closed the gap the attackers used, and we are checking every other system."

According to Tobias Renner, a researcher at the security firm Ashgrove Labs, parts of the data were offered for sale on an online forum last week. "Once data like this is out, it never really comes back," Renner said. The BSI said it was helping the company with its investigation.

Lindenhof will write to all affected customers by the end of the month. Its shares fell 3 per cent in Frankfurt.

Earlier this year, hackers took the records of 400,000 patients from a hospital group in Bavaria.""",
        [
            ("Frankfurt", "GPE", ["Frankfurt"]),
            ("Lindenhof Versicherung", "ORG", ["Lindenhof Versicherung", "Lindenhof"]),
            ("Germany", "GPE", ["Germany"]),
            ("Federal Office for Information Security", "ORG", ["Federal Office for Information Security", "BSI"]),
            ("Katrin Vollmer", "PERSON", ["Katrin Vollmer"]),
            ("Tobias Renner", "PERSON", ["Tobias Renner", "Renner"]),
            ("Ashgrove Labs", "ORG", ["Ashgrove Labs"]),
            ("Bavaria", "GPE", ["Bavaria"]),
        ],
        [
            ("We apologise to every customer affected", "Katrin Vollmer"),
            ("We have closed the gap", "Katrin Vollmer"),
            ("Once data like this is out", "Tobias Renner"),
        ],
        [
            ("Wednesday", "the company said on Wednesday", "2022-11-09"),
            ("November 2", "discovered on November 2", "2022-11-02"),
            ("last week", "online forum last week", "2022-W44"),
            ("the end of the month", "by the end of the month", "2022-11"),
            ("Earlier this year", "Earlier this year, hackers", "2022"),
        ],
    ),
    "inv-29-mayor-election": (
        "Independent Thornbury elected mayor of Plymouth",
        "2021-05-08",
        """Rosalind Thornbury, an independent, has been elected mayor of Plymouth after a campaign built almost entirely on cheaper bus fares.

Ms Thornbury, 44, a former nurse, won 52 per cent of the vote in the run-off on Thursday, against 48 per cent for Labour's Adrian Treloar. Turnout was 31 per cent, down from 36 per cent in 2017.

'This city has been waiting a long time for someone to listen,' she told supporters at the count at the Mayflower Centre on Friday night. 'Now the work starts.'

Mr Treloar congratulated her but said her fares promise would be hard to keep. 'Every candidate wants cheaper buses. The question is who pays for them,' he said.

Ms Thornbury has pledged to freeze bus fares in the city until the end of 2022 and to open talks with the operators next month. She takes office on Monday.""",
        [
            ("Rosalind Thornbury", "PERSON", ["Rosalind Thornbury", "Thornbury"]),
            ("Plymouth", "GPE", ["Plymouth"]),
            ("Labour", "ORG", ["Labour"]),
            ("Adrian Treloar", "PERSON", ["Adrian Treloar", "Treloar"]),
            ("Mayflower Centre", "LOC", ["Mayflower Centre"]),
        ],
        [
            ("This city has been waiting", "Rosalind Thornbury"),
            ("Now the work starts", "Rosalind Thornbury"),
            ("Every candidate wants cheaper buses", "Adrian Treloar"),
        ],
        [
            ("Thursday", "the run-off on Thursday", "2021-05-06"),
            ("2017", "36 per cent in 2017", "2017"),
            ("Friday", "on Friday night", "2021-05-07"),
            ("the end of 2022", "until the end of 2022", "2022"),
            ("next month", "operators next month", "2021-06"),
            ("Monday", "takes office on Monday", "2021-05-10"),
        ],
    ),
    "inv-30-fare-rise": (
        "Plymouth bus fares to rise by 9 per cent",
        "2023-02-15",
        """Bus fares in Plymouth will rise by an average of 9 per cent from 2 April, Tamarside Buses Ltd announced on Tuesday, despite a promise by the city's mayor to keep them frozen.

A single adult fare will go up from £2.20 to £2.40. Tamarside said the cost of fuel, wages and insurance had risen sharply since 2021.

The mayor, Rosalind Thornbury, said she was 'angry and disappointed'. 'We had an agreement, and Tamarside has walked away from it,' Ms Thornbury said.

Tamarside's managing director, Graeme Pascoe, said the company had no choice. 'No operator wants to put fares up. But we lost £3 million last year, and that cannot go on,' Mr Pascoe said.

'Children's fares will stay at £1 for the whole of this year,' he added.

Margaret Hosking, who chairs the Plymouth Passengers' Forum, said the rise would hit the poorest hardest. 'People who rely on buses are the people least able to pay,' she said.

Plymouth City Council said in a statement that it was 'reviewing every option available to us'.""",
        [
            ("Plymouth", "GPE", ["Plymouth"]),
            ("Tamarside Buses Ltd", "ORG", ["Tamarside Buses Ltd", "Tamarside"]),
            ("Rosalind Thornbury", "PERSON", ["Rosalind Thornbury", "Thornbury"]),
            ("Graeme Pascoe", "PERSON", ["Graeme Pascoe", "Pascoe"]),
            ("Margaret Hosking", "PERSON", ["Margaret Hosking"]),
            ("Plymouth Passengers' Forum", "ORG", ["Plymouth Passengers' Forum"]),
            ("Plymouth City Council", "ORG", ["Plymouth City Council"]),
        ],
        [
            ("angry and disappointed", "Rosalind Thornbury"),
            ("We had an agreement", "Rosalind Thornbury"),
            ("No operator wants to put fares up", "Graeme Pascoe"),
            ("Children's fares will stay", "Graeme Pascoe"),
            ("People who rely on buses", "Margaret Hosking"),
            ("reviewing every option available", "Plymouth City Council"),
        ],
        [
            ("2 April", "from 2 April", "2023-04-02"),
            ("Tuesday", "announced on Tuesday", "2023-02-14"),
            ("2021", "risen sharply since 2021", "2021"),
            ("last year", "£3 million last year", "2022"),
            ("this year", "the whole of this year", "2023"),
        ],
    ),
    "inv-31-diplomatic-visit": (
        "Peru's foreign minister seeks trade deal in Jakarta",
        "2017-04-26",
        """Peru's foreign minister, Lucía Arrieta, arrived in Jakarta on Monday for a three-day visit aimed at opening Indonesian markets to Peruvian fruit and fish.

Ms Arrieta met her Indonesian counterpart, Rahmat Wijayakusuma, on Tuesday. The two ministers signed an agreement on visas and said formal talks on a trade deal would start next month.

"Peru and Indonesia are on opposite sides of the Pacific, but we face the same questions," Arrieta told reporters after the meeting. "How do we sell more, and how do we protect our oceans?"

Wijayakusuma said trade between the two countries had reached $410 million last year. "We want to double that by 2020," he said. In a statement, Indonesia's Ministry of Foreign Affairs described the talks as "warm, open and productive".

The minister travels on to Manila on Thursday. Peru joined the Asia-Pacific Economic Cooperation (APEC) forum in 1998 and hosted the group's summit in Lima last November.""",
        [
            ("Peru", "GPE", ["Peru"]),
            ("Lucía Arrieta", "PERSON", ["Lucía Arrieta", "Arrieta"]),
            ("Jakarta", "GPE", ["Jakarta"]),
            ("Rahmat Wijayakusuma", "PERSON", ["Rahmat Wijayakusuma", "Wijayakusuma"]),
            ("Indonesia", "GPE", ["Indonesia"]),
            ("Pacific", "LOC", ["Pacific"]),
            ("Ministry of Foreign Affairs", "ORG", ["Ministry of Foreign Affairs"]),
            ("Manila", "GPE", ["Manila"]),
            ("Asia-Pacific Economic Cooperation", "ORG", ["Asia-Pacific Economic Cooperation", "APEC"]),
            ("Lima", "GPE", ["Lima"]),
        ],
        [
            ("Peru and Indonesia are on opposite sides", "Lucía Arrieta"),
            ("How do we sell more", "Lucía Arrieta"),
            ("We want to double that", "Rahmat Wijayakusuma"),
            ("warm, open and productive", "Ministry of Foreign Affairs"),
        ],
        [
            ("Monday", "arrived in Jakarta on Monday", "2017-04-24"),
            ("Tuesday", "Rahmat Wijayakusuma, on Tuesday", "2017-04-25"),
            ("next month", "would start next month", "2017-05"),
            ("last year", "$410 million last year", "2016"),
            ("2020", "double that by 2020", "2020"),
            ("Thursday", "Manila on Thursday", "2017-04-27"),
            ("1998", "forum in 1998", "1998"),
            ("last November", "in Lima last November", "2016-11"),
        ],
    ),
    "inv-32-obituary": (
        "Tennis coach Edith Carrow dies at 82",
        "2023-11-21",
        """Edith Carrow, the British tennis player who became one of the most respected coaches in Europe, has died at the age of 82. She died on Sunday at her home in Eastbourne, her family said.

Born in Leeds in 1941, Carrow reached a career-high world ranking of 14th in 1966 before a knee injury ended her playing career. She moved to Spain and opened a tennis academy in Valencia in 1985, which she ran for almost 30 years.

Among her pupils was Marisol Etxeberria, who reached the world's top 20 in 2019. "Edith taught me that losing is just information," Etxeberria wrote on social media on Monday. "I owe her everything."

The Lawn Tennis Association said in a statement that Carrow had been "a pioneer for women in coaching, long before it was fashionable".

A funeral will be held in Eastbourne next month.""",
        [
            ("Edith Carrow", "PERSON", ["Edith Carrow", "Carrow"]),
            ("Europe", "LOC", ["Europe"]),
            ("Eastbourne", "GPE", ["Eastbourne"]),
            ("Leeds", "GPE", ["Leeds"]),
            ("Spain", "GPE", ["Spain"]),
            ("Valencia", "GPE", ["Valencia"]),
            ("Marisol Etxeberria", "PERSON", ["Marisol Etxeberria", "Etxeberria"]),
            ("Lawn Tennis Association", "ORG", ["Lawn Tennis Association"]),
        ],
        [
            ("Edith taught me that losing", "Marisol Etxeberria"),
            ("I owe her everything", "Marisol Etxeberria"),
            ("a pioneer for women in coaching", "Lawn Tennis Association"),
        ],
        [
            ("Sunday", "She died on Sunday", "2023-11-19"),
            ("1941", "Born in Leeds in 1941", "1941"),
            ("1966", "14th in 1966", "1966"),
            ("1985", "in Valencia in 1985", "1985"),
            ("2019", "top 20 in 2019", "2019"),
            ("Monday", "on social media on Monday", "2023-11-20"),
            ("next month", "in Eastbourne next month", "2023-12"),
        ],
    ),
}

WRITTEN_AFTER: dict[str, tuple] = {
    "inv-33-rugby-result": (
        "Wolfhounds edge Mariners with last kick",
        "2016-03-13",
        """Carlisle Wolfhounds moved to the top of the table on Saturday after a 24-22 win over Truro Mariners, sealed by a penalty from fly-half Owain Prydderch with the last kick of the match at Brunstock Park.

The Mariners led 22-17 with ten minutes left after two tries from winger Kofi Asante-Boateng. Wolfhounds captain Declan Furlow then forced his way over from close range, and Prydderch added the conversion before landing the winning kick from 35 metres.

'We made life very hard for ourselves,' said Wolfhounds head coach Ingrid Salomonsen. 'But this group does not know when it is beaten, and that is worth a lot in March.'

Furlow, who was named man of the match, said the home crowd had carried the side through the final quarter. 'You could feel the whole ground pushing us forward,' he said.

Truro director of rugby Callum Penhallow said his players had 'switched off' at the key moment. 'We had the game won and we gave it away,' he said.

The Wolfhounds, who lost 31-10 at Rotherham Stags a fortnight ago, host Bedford Greys next Saturday. The Mariners play Rotherham on Friday.""",
        [
            ("Carlisle Wolfhounds Rugby Club", "ORG", ["Carlisle Wolfhounds", "Wolfhounds"]),
            ("Truro Mariners", "ORG", ["Truro Mariners", "Mariners", "Truro"]),
            ("Owain Prydderch", "PERSON", ["Owain Prydderch", "Prydderch"]),
            ("Brunstock Park", "LOC", ["Brunstock Park"]),
            ("Kofi Asante-Boateng", "PERSON", ["Kofi Asante-Boateng"]),
            ("Declan Furlow", "PERSON", ["Declan Furlow", "Furlow"]),
            ("Ingrid Salomonsen", "PERSON", ["Ingrid Salomonsen"]),
            ("Callum Penhallow", "PERSON", ["Callum Penhallow"]),
            ("Rotherham Stags", "ORG", ["Rotherham Stags", "Rotherham"]),
            ("Bedford Greys", "ORG", ["Bedford Greys"]),
        ],
        [
            ("We made life very hard", "Ingrid Salomonsen"),
            ("But this group does not know", "Ingrid Salomonsen"),
            ("You could feel the whole ground", "Declan Furlow"),
            ("We had the game won", "Callum Penhallow"),
        ],
        [
            ("Saturday", "top of the table on Saturday", "2016-03-12"),
            ("March", "worth a lot in March", "2016-03"),
            ("a fortnight ago", "at Rotherham Stags a fortnight ago", "2016-02-28"),
            ("Saturday", "host Bedford Greys next Saturday", "2016-03-19"),
            ("Friday", "play Rotherham on Friday", "2016-03-18"),
        ],
    ),
    "inv-34-bank-fine": (
        "Fenwright Bank fined £38m over money laundering failures",
        "2019-07-17",
        """LONDON, July 17 - Britain's Financial Conduct Authority (FCA) fined Fenwright Bank plc £38.4 million on Wednesday for failing to stop criminals from laundering money through thousands of small business accounts between 2014 and 2018.

The regulator said Fenwright had opened accounts for more than 2,600 companies without checking who owned them, and had ignored repeated warnings from its own compliance staff. The bank cooperated with the investigation and qualified for a 30 percent discount on the penalty, the FCA said.

"These failures were serious and they went on for years," said Harriet Okafor-Lind, the FCA's executive director of enforcement. "Banks are the first line of defence against dirty money."

Fenwright chief executive Laurence Bexley apologised and said the bank had spent £60 million since last year on new checks and hired 250 extra compliance staff. "We fell short of the standards expected of us, and I am sorry for that," he said in a statement.

A Fenwright spokeswoman said no customer had lost money as a result of the failings. "The accounts in question have all been closed," she said.

Shares in the Edinburgh-based lender fell 2.1 percent in London trading.""",
        [
            ("London", "GPE", ["London"]),
            ("Britain", "GPE", ["Britain"]),
            ("Financial Conduct Authority", "ORG", ["Financial Conduct Authority", "FCA"]),
            ("Fenwright Bank plc", "ORG", ["Fenwright Bank plc", "Fenwright"]),
            ("Harriet Okafor-Lind", "PERSON", ["Harriet Okafor-Lind"]),
            ("Laurence Bexley", "PERSON", ["Laurence Bexley"]),
            ("Edinburgh", "GPE", ["Edinburgh"]),
        ],
        [
            ("These failures were serious", "Harriet Okafor-Lind"),
            ("Banks are the first line", "Harriet Okafor-Lind"),
            ("We fell short of the standards", "Laurence Bexley"),
            ("The accounts in question", "Fenwright Bank plc", ["Fenwright Bank plc", None]),
        ],
        [
            ("July 17", "LONDON, July 17", "2019-07-17"),
            ("Wednesday", "£38.4 million on Wednesday", "2019-07-17"),
            ("2014", "between 2014 and 2018", "2014"),
            ("2018", "between 2014 and 2018", "2018"),
            ("last year", "since last year", "2018"),
        ],
    ),
    "inv-35-zoo-birth": (
        "Rare Sumatran tiger cub born at Omaha zoo",
        "2014-05-02",
        """OMAHA, Neb. - A critically endangered Sumatran tiger cub was born at the Larkspur Bluff Zoo early Tuesday, the first tiger birth at the zoo in 11 years, officials said Thursday.

The female cub weighs about 3 pounds. Her 7-year-old mother arrived from a zoo in Denver in 2012 under a breeding program run by the Association of Zoos and Aquariums.

"Mom is doing everything right," said Dr. Teresa Valdivieso, the zoo's head veterinarian. "She's nursing, she's grooming the cub, and she's keeping a very close eye on us."

Keepers have watched the pair on closed-circuit cameras since the birth. Visitors will not be able to see the cub until late summer, according to zoo director Wendell Hollister.

Hollister said fewer than 400 Sumatran tigers are thought to survive in the wild, all of them on the Indonesian island of Sumatra. "Every cub born in a zoo matters for this species," he said.

The zoo plans to hold an online vote next month to choose the cub's name.""",
        [
            ("Omaha", "GPE", ["Omaha"]),
            ("Nebraska", "GPE", ["Neb."]),
            ("Larkspur Bluff Zoo", "ORG", ["Larkspur Bluff Zoo"]),
            ("Denver", "GPE", ["Denver"]),
            ("Association of Zoos and Aquariums", "ORG", ["Association of Zoos and Aquariums"]),
            ("Teresa Valdivieso", "PERSON", ["Teresa Valdivieso"]),
            ("Wendell Hollister", "PERSON", ["Wendell Hollister", "Hollister"]),
            ("Sumatra", "LOC", ["Sumatra"]),
        ],
        [
            ("Mom is doing everything right", "Teresa Valdivieso"),
            ("She's nursing, she's grooming", "Teresa Valdivieso"),
            ("Every cub born in a zoo", "Wendell Hollister"),
        ],
        [
            ("Tuesday", "Larkspur Bluff Zoo early Tuesday", "2014-04-29"),
            ("Thursday", "officials said Thursday", "2014-05-01"),
            ("2012", "in Denver in 2012", "2012"),
            ("late summer", "until late summer", "2014"),
            ("next month", "online vote next month", "2014-06"),
        ],
    ),
    "inv-36-rail-crash": (
        "Two killed as train derails near York",
        "2022-10-06",
        """YORK, England - Two people were killed and 31 injured when a passenger train hit a fallen tree and derailed near the village of Ulleskelf, North Yorkshire, on Wednesday evening, police said.

The 17:42 service from Leeds to York, operated by Pellworth Rail, was carrying about 140 passengers when it left the tracks in heavy rain. Three of its four carriages came off the line, and one came to rest on its side in a field.

British Transport Police named the dead as the train's driver, Trevor Eskdale, 58, of Garforth, and a passenger, Anita Rowbotham, 72, of Tadcaster.

"It was like being inside a washing machine," said passenger Dwayne Ebanks-Coyle, 26, who was travelling home from work. "People were thrown out of their seats and then the lights went out."

Pellworth chief executive Leela Varghese said the company was "devastated" and would cooperate fully with the Rail Accident Investigation Branch (RAIB), which has sent inspectors to the site.

The line between Leeds and York is expected to stay closed until at least Monday. The Met Office said storms had brought down trees across the region since the weekend.""",
        [
            ("York", "GPE", ["York"]),
            ("England", "GPE", ["England"]),
            ("Ulleskelf", "GPE", ["Ulleskelf"]),
            ("North Yorkshire", "GPE", ["North Yorkshire"]),
            ("Leeds", "GPE", ["Leeds"]),
            ("Pellworth Rail", "ORG", ["Pellworth Rail", "Pellworth"]),
            ("British Transport Police", "ORG", ["British Transport Police"]),
            ("Trevor Eskdale", "PERSON", ["Trevor Eskdale"]),
            ("Garforth", "GPE", ["Garforth"]),
            ("Anita Rowbotham", "PERSON", ["Anita Rowbotham"]),
            ("Tadcaster", "GPE", ["Tadcaster"]),
            ("Dwayne Ebanks-Coyle", "PERSON", ["Dwayne Ebanks-Coyle"]),
            ("Leela Varghese", "PERSON", ["Leela Varghese"]),
            ("Rail Accident Investigation Branch", "ORG", ["Rail Accident Investigation Branch", "RAIB"]),
            ("Met Office", "ORG", ["Met Office"]),
        ],
        [
            ("It was like being inside", "Dwayne Ebanks-Coyle"),
            ("People were thrown out of", "Dwayne Ebanks-Coyle"),
        ],
        [
            ("Wednesday", "North Yorkshire, on Wednesday evening", "2022-10-05"),
            ("Monday", "until at least Monday", "2022-10-10"),
            ("the weekend", "since the weekend", "2022-W39"),
        ],
    ),
    "inv-37-hospice-appeal": (
        "Carlisle hospice launches £1.2m appeal for new day unit",
        "2017-11-24",
        """A Carlisle hospice has launched an appeal to raise £1.2 million to replace its day unit, after an inspection found that the building, opened in 1979, was no longer fit for purpose.

Petteril House Hospice, which cares for about 700 patients a year across north Cumbria, said it needed the money by next summer or some services would have to move to a temporary site.

Chief executive Rosalind Tebbutt said: 'We have patched up the old unit for as long as we possibly can. Families deserve somewhere warm, light and dignified.'

The first donation came from Carlisle Wolfhounds Rugby Club, which handed over £25,000 raised at a dinner last month. The dinner was organised by former player Neville Lowther, 61, of Wigton Road, Carlisle, whose wife was cared for at Petteril House before her death in 2015.

'The nurses there gave us the best few weeks we could have had,' Mr Lowther said. 'This is the least we can do for them.'

Nurse Amira Khoury, 29, of Stanwix, plans to walk the length of Hadrian's Wall in March to raise money for the appeal. 'I have never walked more than ten miles in one go,' she admitted.""",
        [
            ("Carlisle", "GPE", ["Carlisle"]),
            ("Petteril House Hospice", "ORG", ["Petteril House Hospice", "Petteril House"]),
            ("Cumbria", "GPE", ["Cumbria"]),
            ("Rosalind Tebbutt", "PERSON", ["Rosalind Tebbutt"]),
            ("Carlisle Wolfhounds Rugby Club", "ORG", ["Carlisle Wolfhounds Rugby Club"]),
            ("Neville Lowther", "PERSON", ["Neville Lowther", "Lowther"]),
            ("Wigton Road", "LOC", ["Wigton Road"]),
            ("Amira Khoury", "PERSON", ["Amira Khoury"]),
            ("Stanwix", "GPE", ["Stanwix"]),
            ("Hadrian's Wall", "LOC", ["Hadrian's Wall"]),
        ],
        [
            ("We have patched up the old unit", "Rosalind Tebbutt"),
            ("The nurses there gave us", "Neville Lowther"),
            ("This is the least we can do", "Neville Lowther"),
            ("I have never walked more", "Amira Khoury"),
        ],
        [
            ("1979", "opened in 1979", "1979"),
            ("next summer", "by next summer", "2018"),
            ("last month", "raised at a dinner last month", "2017-10"),
            ("2015", "before her death in 2015", "2015"),
            ("March", "Hadrian's Wall in March", "2018-03"),
        ],
    ),
    "inv-38-housing-report": (
        "Scottish rents rise at fastest rate on record",
        "2023-09-12",
        """Private rents in Scotland rose by an average of 11.2 per cent in the year to June, the fastest increase since records began in 2011, according to a report published today by the Scottish Tenancy Trust.

The charity said rents in Glasgow had risen fastest, by 14.6 per cent, followed by Edinburgh and Aberdeen. A typical two-bedroom flat in Glasgow now costs £1,020 a month to rent, up from £840 two years ago.

The report's author, Dr Fiona Lennox-Baird, said the figures showed that 'far too many working households are now spending half their income on rent'. She added: 'The cap introduced last October has not stopped rents rising between tenancies.'

Economists at Fenwright Bank said higher mortgage rates were pushing some landlords to sell, reducing the number of homes available. 'Supply is shrinking just as demand is rising,' the bank's chief economist, Tomasz Wierzbicki, told the BBC.

Morag Strachan, housing spokeswoman for the Convention of Scottish Local Authorities (Cosla), said councils could not build quickly enough to fill the gap.

The Scottish Government is due to publish its draft housing bill later this month.""",
        [
            ("Scotland", "GPE", ["Scotland"]),
            ("Scottish Tenancy Trust", "ORG", ["Scottish Tenancy Trust"]),
            ("Glasgow", "GPE", ["Glasgow"]),
            ("Edinburgh", "GPE", ["Edinburgh"]),
            ("Aberdeen", "GPE", ["Aberdeen"]),
            ("Fiona Lennox-Baird", "PERSON", ["Fiona Lennox-Baird"]),
            ("Fenwright Bank plc", "ORG", ["Fenwright Bank"]),
            ("Tomasz Wierzbicki", "PERSON", ["Tomasz Wierzbicki"]),
            ("BBC", "ORG", ["BBC"]),
            ("Morag Strachan", "PERSON", ["Morag Strachan"]),
            ("Convention of Scottish Local Authorities", "ORG", ["Convention of Scottish Local Authorities", "Cosla"]),
            ("Scottish Government", "ORG", ["Scottish Government"]),
        ],
        [
            ("far too many working households", "Fiona Lennox-Baird"),
            ("The cap introduced last October", "Fiona Lennox-Baird"),
            ("Supply is shrinking just as", "Tomasz Wierzbicki"),
        ],
        [
            ("June", "in the year to June", "2023-06"),
            ("2011", "since records began in 2011", "2011"),
            ("today", "a report published today", "2023-09-12"),
            ("two years ago", "up from £840 two years ago", "2021"),
            ("last October", "The cap introduced last October", "2022-10"),
            ("later this month", "draft housing bill later this month", "2023-09"),
        ],
    ),
    "inv-39-book-prize": (
        "Volcano memoir wins Ellerholt Prize",
        "2024-10-30",
        """Volcanologist Anselm Ferrow has won this year's Ellerholt Prize for science writing with Fire Under Ice, his account of the eruptions that have reshaped Iceland's Reykjanes Peninsula.

The £25,000 prize was presented on Tuesday night at a ceremony in London. The chair of the judges, the novelist Priscilla Umeadi, called the book 'a thrilling, humane and scrupulously honest piece of work'.

Ferrow, 47, spent three years living near the eruption sites. The book began as a diary he kept for his daughter. In his acceptance speech he thanked the people of Grindavik, the fishing town that was evacuated last November when magma began to rise beneath it.

'They lost their homes and still made time for a stranger with a notebook,' he said. 'This prize belongs to them as much as it belongs to me.'

Ferrow beat five other shortlisted authors, among them the American journalist Dolores Whitcombe-Ray, whose book on the coral reefs of the Pacific had been the bookmakers' favourite.

The prize was founded in 1998 by the Ellerholt Trust. Last year's winner was the marine biologist Ottilie Brannagh.""",
        [
            ("Anselm Ferrow", "PERSON", ["Anselm Ferrow", "Ferrow"]),
            ("Iceland", "GPE", ["Iceland"]),
            ("Reykjanes Peninsula", "LOC", ["Reykjanes Peninsula"]),
            ("London", "GPE", ["London"]),
            ("Priscilla Umeadi", "PERSON", ["Priscilla Umeadi"]),
            ("Grindavik", "GPE", ["Grindavik"]),
            ("Dolores Whitcombe-Ray", "PERSON", ["Dolores Whitcombe-Ray"]),
            ("Pacific", "LOC", ["Pacific"]),
            ("Ellerholt Trust", "ORG", ["Ellerholt Trust"]),
            ("Ottilie Brannagh", "PERSON", ["Ottilie Brannagh"]),
        ],
        [
            ("a thrilling, humane and scrupulously", "Priscilla Umeadi"),
            ("They lost their homes", "Anselm Ferrow"),
            ("This prize belongs to them", "Anselm Ferrow"),
        ],
        [
            ("this year", "has won this year's Ellerholt Prize", "2024"),
            ("Tuesday", "presented on Tuesday night", "2024-10-29"),
            ("last November", "evacuated last November", "2023-11"),
            ("1998", "founded in 1998", "1998"),
            ("Last year", "Last year's winner", "2023"),
        ],
    ),
    "inv-40-eruption": (
        "Volcano erupts near Reykjavik after weeks of earthquakes",
        "2021-03-20",
        """REYKJAVIK, Iceland - A volcano erupted on Iceland's Reykjanes Peninsula on Friday night, sending fountains of lava into the sky about 30 kilometres from the capital, the Icelandic Meteorological Office (IMO) said.

The eruption began in Geldingadalur, a valley beside Mount Fagradalsfjall. Since late February, the IMO has recorded more than 40,000 earthquakes on the peninsula, which had not seen an eruption for about 800 years.

Dr Anselm Ferrow, a British volcanologist who has studied the area since 2019, said the fissure was several hundred metres long. "This is a small eruption by Icelandic standards, and it is in a remote place," Dr Ferrow said. "But it could go on for months."

Police closed roads to the area and asked people not to try to reach the site on foot. The fishing town of Grindavik, about ten kilometres to the south, was not in danger, civil protection officials said.

Flights at Keflavik International Airport were operating normally on Saturday.

In Reykjavik, residents reported a red glow on the horizon. "I thought the whole sky was on fire," said Hrafnhildur Sveinsdottir, who watched from her balcony.""",
        [
            ("Reykjavik", "GPE", ["Reykjavik"]),
            ("Iceland", "GPE", ["Iceland"]),
            ("Reykjanes Peninsula", "LOC", ["Reykjanes Peninsula"]),
            ("Icelandic Meteorological Office", "ORG", ["Icelandic Meteorological Office", "IMO"]),
            ("Geldingadalur", "LOC", ["Geldingadalur"]),
            ("Mount Fagradalsfjall", "LOC", ["Mount Fagradalsfjall"]),
            ("Anselm Ferrow", "PERSON", ["Anselm Ferrow", "Ferrow"]),
            ("Grindavik", "GPE", ["Grindavik"]),
            ("Keflavik International Airport", "LOC", ["Keflavik International Airport"]),
            ("Hrafnhildur Sveinsdottir", "PERSON", ["Hrafnhildur Sveinsdottir"]),
        ],
        [
            ("This is a small eruption", "Anselm Ferrow"),
            ("But it could go on", "Anselm Ferrow"),
            ("I thought the whole sky", "Hrafnhildur Sveinsdottir"),
        ],
        [
            ("Friday", "Reykjanes Peninsula on Friday night", "2021-03-19"),
            ("late February", "Since late February", "2021-02"),
            ("2019", "studied the area since 2019", "2019"),
            ("Saturday", "operating normally on Saturday", "2021-03-20"),
        ],
    ),
    "inv-41-police-appeal": (
        "Police appeal after knife threat at Loughborough shop",
        "2018-02-15",
        """Police are appealing for witnesses after a shop worker was threatened with a knife during an attempted robbery in Loughborough on Sunday night.

A man walked into a convenience store on Derby Road at about 10.15pm, demanded cash and ran off empty-handed when a customer stepped in. A second man waited outside in a dark hatchback, which was last seen heading towards Shepshed.

Rory Dowse, 31, of Forest Road, Coalville, has been charged with attempted robbery and possession of a bladed article. He appeared at Leicester Magistrates' Court on Tuesday and was remanded in custody until March 8.

Leicestershire Police said officers were still trying to trace the driver. Detective Sergeant Abigail Norcross said: 'We know a number of people were in the area at the time. I would urge anyone who saw the car, or has dashcam footage, to get in touch.'

DS Norcross said the customer, a 58-year-old man, had been treated for a cut to his hand. 'His actions were brave, but we would never advise anyone to tackle an armed offender,' she said.

The shop's owner, Jaswinder Sohal, said his employee was 'shaken but determined to be back at work next week'.

Anyone with information should call 101, quoting incident 437 of 11 February.""",
        [
            ("Loughborough", "GPE", ["Loughborough"]),
            ("Derby Road", "LOC", ["Derby Road"]),
            ("Shepshed", "GPE", ["Shepshed"]),
            ("Rory Dowse", "PERSON", ["Rory Dowse"]),
            ("Forest Road", "LOC", ["Forest Road"]),
            ("Coalville", "GPE", ["Coalville"]),
            ("Leicester Magistrates' Court", "ORG", ["Leicester Magistrates' Court"]),
            ("Leicestershire Police", "ORG", ["Leicestershire Police"]),
            ("Abigail Norcross", "PERSON", ["Abigail Norcross", "Norcross"]),
            ("Jaswinder Sohal", "PERSON", ["Jaswinder Sohal"]),
        ],
        [
            ("We know a number of people", "Abigail Norcross"),
            ("His actions were brave", "Abigail Norcross"),
            ("shaken but determined to be back", "Jaswinder Sohal"),
        ],
        [
            ("Sunday", "Loughborough on Sunday night", "2018-02-11"),
            ("Tuesday", "Magistrates' Court on Tuesday", "2018-02-13"),
            ("March 8", "in custody until March 8", "2018-03-08"),
            ("next week", "back at work next week", "2018-W08"),
            ("11 February", "incident 437 of 11 February", "2018-02-11"),
        ],
    ),
    "inv-42-council-budget": (
        "Perth and Kinross approves record council tax rise",
        "2024-02-22",
        """Perth and Kinross Council has approved a council tax rise of 9.5 per cent, the largest in its history, after warning that it faced a £21 million hole in its finances.

The increase, agreed at a meeting in Perth on Wednesday by 21 votes to 18, means a Band D household will pay about £1,520 a year from April. Bills were frozen last year under a national deal with the Scottish Government.

Councillor Morag Strachan, who leads the council's finance committee, said the authority had no choice. 'We have cut everything we can cut without closing libraries and care homes,' she said. 'Nobody in this chamber wanted to be here.

'But the alternative was to hand the next generation a council that cannot pay its bills.'

Opposition leader Duncan Imrie called the rise 'a tax on families who are already struggling' and said the council should have drawn more heavily on its reserves.

The budget also sets aside £4.8 million to buy back former council homes, a move welcomed by the Tenancy Trust, which reported in September that rents in the area had risen by almost a fifth since 2021.

Ms Strachan said the first purchases would be made before the end of the year.""",
        [
            ("Perth and Kinross Council", "ORG", ["Perth and Kinross Council"]),
            ("Perth", "GPE", ["Perth"]),
            ("Scottish Government", "ORG", ["Scottish Government"]),
            ("Morag Strachan", "PERSON", ["Morag Strachan", "Strachan"]),
            ("Duncan Imrie", "PERSON", ["Duncan Imrie"]),
            ("Scottish Tenancy Trust", "ORG", ["Tenancy Trust"]),
        ],
        [
            ("We have cut everything we can cut", "Morag Strachan"),
            ("Nobody in this chamber wanted", "Morag Strachan"),
            ("But the alternative was to hand", "Morag Strachan"),
            ("a tax on families who are", "Duncan Imrie"),
        ],
        [
            ("Wednesday", "in Perth on Wednesday", "2024-02-21"),
            ("April", "a year from April", "2024-04"),
            ("last year", "Bills were frozen last year", "2023"),
            ("September", "which reported in September", "2023-09"),
            ("2021", "by almost a fifth since 2021", "2021"),
            ("the end of the year", "before the end of the year", "2024"),
        ],
    ),
    "inv-43-hospital-cyberattack": (
        "Ransomware attack forces California hospital to divert ambulances",
        "2025-04-09",
        """SACRAMENTO, Calif. - A ransomware attack has forced Cordell Ridge Medical Center to divert ambulances to other hospitals and switch to paper records, hospital officials said Tuesday.

Staff discovered the attack early Sunday, when they could not log in to the hospital's electronic health records. Orlinda Health Partners, the nonprofit that runs the 410-bed hospital, shut down its computer network as a precaution.

"Patient care continues, and our emergency department remains open to walk-in patients," Orlinda said in a statement. The group said it had notified the FBI and the California Department of Public Health.

A criminal group calling itself Ninth Harbor claimed responsibility on its leak site Monday and said it had stolen patient data.

Dr. Efrem Oyelaran, the hospital's chief medical officer, said most surgeries scheduled for this week would go ahead. "We trained for exactly this kind of day," Oyelaran said. "Our nurses still remember how to chart on paper."

It is the third ransomware attack on a California hospital since January, according to Tessaline Security, a cybersecurity firm based in San Jose.

State Sen. Lorena Quintanilla, whose district includes the hospital, said she would push for state funding to help small hospitals protect their systems. "They cannot fight organized crime on their own," she said.""",
        [
            ("Sacramento", "GPE", ["Sacramento"]),
            ("California", "GPE", ["Calif.", "California"]),
            ("Cordell Ridge Medical Center", "ORG", ["Cordell Ridge Medical Center"]),
            ("Orlinda Health Partners", "ORG", ["Orlinda Health Partners", "Orlinda"]),
            ("FBI", "ORG", ["FBI"]),
            ("California Department of Public Health", "ORG", ["California Department of Public Health"]),
            ("Ninth Harbor", "ORG", ["Ninth Harbor"]),
            ("Efrem Oyelaran", "PERSON", ["Efrem Oyelaran", "Oyelaran"]),
            ("Tessaline Security", "ORG", ["Tessaline Security"]),
            ("San Jose", "GPE", ["San Jose"]),
            ("Lorena Quintanilla", "PERSON", ["Lorena Quintanilla"]),
        ],
        [
            ("Patient care continues", "Orlinda Health Partners"),
            ("We trained for exactly this", "Efrem Oyelaran"),
            ("Our nurses still remember", "Efrem Oyelaran"),
            ("They cannot fight organized crime", "Lorena Quintanilla"),
        ],
        [
            ("Tuesday", "hospital officials said Tuesday", "2025-04-08"),
            ("Sunday", "discovered the attack early Sunday", "2025-04-06"),
            ("Monday", "on its leak site Monday", "2025-04-07"),
            ("this week", "scheduled for this week", "2025-W15"),
            ("January", "California hospital since January", "2025-01"),
        ],
    ),
    "inv-44-music-festival": (
        "Record crowds at Swansea's Harbourlight Festival",
        "2013-07-08",
        """More than 40,000 people attended the Harbourlight Festival in Swansea over the weekend, the biggest crowd in the event's nine-year history, organisers said yesterday.

Singer Nina Pellworth closed the three-day festival in Singleton Park on Sunday night with a set that ran 40 minutes over time after the crowd called her back for three encores.

"I've played bigger stages, but never a louder one," Pellworth told the audience. "Swansea, you've ruined every other gig for me."

Festival director Rhodri ap Gwilym said ticket sales had risen by a third since 2012. "We sold out in February for the first time," he said. "Next year we want to add a fourth day."

South Wales Police said 14 people had been arrested during the weekend, mostly for drugs offences, and described the crowd as "good-natured".

Not everyone was pleased. Glenys Prothero, 68, of Brynmill Avenue, said the music had kept her awake until after midnight. "It was like having a jet engine in the back garden," she said.

Organisers said the festival would return next July.""",
        [
            ("Swansea", "GPE", ["Swansea"]),
            ("Nina Pellworth", "PERSON", ["Nina Pellworth", "Pellworth"]),
            ("Singleton Park", "LOC", ["Singleton Park"]),
            ("Rhodri ap Gwilym", "PERSON", ["Rhodri ap Gwilym"]),
            ("South Wales Police", "ORG", ["South Wales Police"]),
            ("Glenys Prothero", "PERSON", ["Glenys Prothero"]),
            ("Brynmill Avenue", "LOC", ["Brynmill Avenue"]),
        ],
        [
            ("I've played bigger stages", "Nina Pellworth"),
            ("Swansea, you've ruined every", "Nina Pellworth"),
            ("We sold out in February", "Rhodri ap Gwilym"),
            ("Next year we want to add", "Rhodri ap Gwilym"),
            ("It was like having a jet engine", "Glenys Prothero"),
        ],
        [
            ("the weekend", "Swansea over the weekend", "2013-W27"),
            ("yesterday", "organisers said yesterday", "2013-07-07"),
            ("Sunday", "Singleton Park on Sunday night", "2013-07-07"),
            ("2012", "by a third since 2012", "2012"),
            ("February", "We sold out in February", "2013-02"),
            ("Next year", "Next year we want", "2014"),
            ("the weekend", "arrested during the weekend", "2013-W27"),
            ("next July", "would return next July", "2014-07"),
        ],
    ),
}
WRITTEN_LAST: dict[str, tuple] = {
    "inv-45-golf-playoff": (
        "Merrow wins first PGA Tour title in playoff",
        "2016-07-25",
        """KIAWAH ISLAND, S.C. — Lucas Merrow holed a 15-foot birdie putt on the second playoff hole Sunday to win his first PGA Tour title, beating Dale Okafor.

Merrow, a 26-year-old from Spokane, closed with a 4-under 68 to finish at 11 under. Okafor led by three shots after 54 holes but bogeyed two of the last four holes in regulation.

"I've been waiting for this since I was a kid," Merrow said. "To do it with my dad walking every hole, I can't even put it into words."

Okafor, who also lost a playoff here in 2014, was gracious in defeat. "Lucas played better than me when it counted," he said. "I'll be back next year."

The victory lifts Merrow into the top 50 of the world ranking and earns him a spot in the year's final major, which begins Thursday in New Jersey.

His caddie, Ray Dunphy, said the pair had nearly split up in April after Merrow missed four straight cuts.""",
        [
            ("Kiawah Island", "GPE", ["Kiawah Island"]),
            ("South Carolina", "GPE", ["S.C."]),
            ("Lucas Merrow", "PERSON", ["Lucas Merrow", "Merrow", "Lucas"]),
            ("PGA Tour", "ORG", ["PGA Tour"]),
            ("Dale Okafor", "PERSON", ["Dale Okafor", "Okafor"]),
            ("Spokane", "GPE", ["Spokane"]),
            ("New Jersey", "GPE", ["New Jersey"]),
            ("Ray Dunphy", "PERSON", ["Ray Dunphy"]),
        ],
        [
            ("I've been waiting for this", "Lucas Merrow"),
            ("To do it with my dad", "Lucas Merrow"),
            ("Lucas played better than me", "Dale Okafor"),
            ("I'll be back next year", "Dale Okafor"),
        ],
        [
            ("Sunday", "second playoff hole Sunday", "2016-07-24"),
            ("2014", "lost a playoff here in 2014", "2014"),
            ("next year", "I'll be back next year", "2017"),
            ("Thursday", "which begins Thursday in New Jersey", "2016-07-28"),
            ("April", "nearly split up in April", "2016-04"),
        ],
    ),
    "inv-46-cycling-stage": (
        "Verbruggen takes race lead with solo win in Basque Country",
        "2019-05-16",
        """BILBAO, Spain, May 16 — Belgian rider Jonas Verbruggen won the third stage on Thursday with a solo attack on the final climb to Arrate, taking the overall lead from his own team-mate.

Verbruggen, 23, rides for Hallen-Brix Pro Cycling and went clear 6 km from the finish. Marco Tessari, the Italian who had led the race since Tuesday, finished 40 seconds back and fell to second overall.

"I didn't plan it, but the legs were good and the team said go," Verbruggen said. "Now we defend."

Tessari did not seem to mind. "Jonas deserved it today," he said. "We are one team."

Hallen-Brix manager Ilse Dorrestijn said the Dutch squad now had "two cards to play" in Friday's time trial. The race finishes on Saturday in San Sebastián.

Last year's winner, the Colombian Andrés Pulido, abandoned after a crash on Wednesday.""",
        [
            ("Bilbao", "GPE", ["Bilbao"]),
            ("Spain", "GPE", ["Spain"]),
            ("Jonas Verbruggen", "PERSON", ["Jonas Verbruggen", "Verbruggen", "Jonas"]),
            ("Arrate", "LOC", ["Arrate"]),
            ("Hallen-Brix Pro Cycling", "ORG", ["Hallen-Brix Pro Cycling", "Hallen-Brix"]),
            ("Marco Tessari", "PERSON", ["Marco Tessari", "Tessari"]),
            ("Ilse Dorrestijn", "PERSON", ["Ilse Dorrestijn"]),
            ("San Sebastián", "GPE", ["San Sebastián"]),
            ("Andrés Pulido", "PERSON", ["Andrés Pulido"]),
        ],
        [
            ("I didn't plan it", "Jonas Verbruggen"),
            ("Now we defend", "Jonas Verbruggen"),
            ("Jonas deserved it today", "Marco Tessari"),
            ("We are one team", "Marco Tessari"),
            ("two cards to play", "Ilse Dorrestijn"),
        ],
        [
            ("May 16", "BILBAO, Spain, May 16", "2019-05-16"),
            ("Thursday", "won the third stage on Thursday", "2019-05-16"),
            ("Tuesday", "led the race since Tuesday", "2019-05-14"),
            ("today", "Jonas deserved it today", "2019-05-16"),
            ("Friday", "in Friday's time trial", "2019-05-17"),
            ("Saturday", "finishes on Saturday in San Sebastián", "2019-05-18"),
            ("Last year", "Last year's winner", "2018"),
            ("Wednesday", "after a crash on Wednesday", "2019-05-15"),
        ],
    ),
    "inv-47-bird-flu": (
        "Bird flu found at second Norfolk turkey farm",
        "2022-11-08",
        """Bird flu has been confirmed at a second turkey farm in Norfolk in a week, and all 18,000 birds on the site near Swaffham will be culled, the government said on Tuesday.

The Department for Environment, Food and Rural Affairs (Defra) said a 3km protection zone had been set up around the farm, which is run by Brackenwood Poultry Ltd. The first case, at a farm outside Dereham, was confirmed last Wednesday.

'The risk to public health remains very low,' said the deputy chief veterinary officer, Dr Gillian Thorley. 'But bird keepers must stay alert and follow the housing order announced yesterday, which comes into force on Monday.'

Brackenwood's managing director, Tom Aske, said the firm was 'devastated'. 'We had orders for 6,000 of these birds for December,' Mr Aske said. 'Now we have nothing to sell.'

A Defra spokesperson said: 'Culling has begun and will be completed within 48 hours.'

Europe is going through its worst bird flu season on record, according to the European Food Safety Authority. More than 200 cases have been found in the UK since October 2021.""",
        [
            ("Norfolk", "GPE", ["Norfolk"]),
            ("Swaffham", "GPE", ["Swaffham"]),
            ("Department for Environment, Food and Rural Affairs", "ORG",
             ["Department for Environment, Food and Rural Affairs", "Defra"]),
            ("Brackenwood Poultry Ltd", "ORG", ["Brackenwood Poultry Ltd", "Brackenwood"]),
            ("Dereham", "GPE", ["Dereham"]),
            ("Gillian Thorley", "PERSON", ["Gillian Thorley"]),
            ("Tom Aske", "PERSON", ["Tom Aske", "Aske"]),
            ("Europe", "LOC", ["Europe"]),
            ("European Food Safety Authority", "ORG", ["European Food Safety Authority"]),
            ("UK", "GPE", ["UK"]),
        ],
        [
            ("The risk to public health", "Gillian Thorley"),
            ("But bird keepers must stay alert", "Gillian Thorley"),
            ("We had orders for 6,000", "Tom Aske"),
            ("Now we have nothing to sell", "Tom Aske"),
            ("Culling has begun and will", "Department for Environment, Food and Rural Affairs",
             ["Department for Environment, Food and Rural Affairs", None]),
        ],
        [
            ("Tuesday", "the government said on Tuesday", "2022-11-08"),
            ("last Wednesday", "was confirmed last Wednesday", "2022-11-02"),
            ("yesterday", "the housing order announced yesterday", "2022-11-07"),
            ("Monday", "comes into force on Monday", "2022-11-14"),
            ("December", "of these birds for December", "2022-12"),
            ("October 2021", "in the UK since October 2021", "2021-10"),
        ],
    ),
    "inv-48-bus-strike": (
        "Glasgow bus drivers to strike over pay",
        "2017-03-13",
        """Around 900 bus drivers in Glasgow will walk out for 48 hours on Thursday next week after pay talks with Clydelink Buses Ltd broke down, their union said on Monday.

The Scottish Transport Workers' Union (STWU) said drivers had been offered a rise of 1.5 per cent, below the rate of inflation. STWU organiser Morag Tulloch called the offer 'an insult to the people who kept this city moving through the snow'.

'Nobody wants a strike,' she said. 'But our members have not had a real-terms rise since 2014, and they have had enough.'

Clydelink, which runs about 60 per cent of the city's bus routes, said it was disappointed. A company spokeswoman said: 'We have made a fair offer and our door remains open.'

A second 48-hour walkout is planned for the 27th if no deal is reached. Euan Bairstow, chairman of the Glasgow Passengers' Forum, said elderly and disabled passengers would be hit hardest.""",
        [
            ("Glasgow", "GPE", ["Glasgow"]),
            ("Clydelink Buses Ltd", "ORG", ["Clydelink Buses Ltd", "Clydelink"]),
            ("Scottish Transport Workers' Union", "ORG", ["Scottish Transport Workers' Union", "STWU"]),
            ("Morag Tulloch", "PERSON", ["Morag Tulloch"]),
            ("Euan Bairstow", "PERSON", ["Euan Bairstow"]),
            ("Glasgow Passengers' Forum", "ORG", ["Glasgow Passengers' Forum"]),
        ],
        [
            ("an insult to the people who", "Morag Tulloch"),
            ("Nobody wants a strike", "Morag Tulloch"),
            ("But our members have not", "Morag Tulloch"),
            ("We have made a fair offer", "Clydelink Buses Ltd", ["Clydelink Buses Ltd", None]),
        ],
        [
            ("Thursday next week", "48 hours on Thursday next week", "2017-03-23"),
            ("Monday", "their union said on Monday", "2017-03-13"),
            ("2014", "a real-terms rise since 2014", "2014"),
            ("the 27th", "planned for the 27th", "2017-03-27"),
        ],
    ),
    "inv-49-hydro-dam": (
        "Scotland approves £1.2bn hydro dam in Highlands",
        "2021-09-02",
        """The Scottish Government has approved a £1.2 billion pumped-storage hydro scheme at Loch Corrach in the Highlands, the biggest dam to be built in Britain in four decades.

Castellan Engineering plc, which won the construction contract in March, said work would begin early next year. The scheme is due to start generating power in 2027.

Energy Secretary Ingrid Halvorsen told MSPs on Wednesday that the dam would store enough electricity to supply 1.5 million homes for a day. 'This is how we keep the lights on when the wind does not blow,' Ms Halvorsen said.

Shares in Castellan rose 4 per cent in London.

The Highland Glens Trust, which has campaigned against the project since 2018, said it would flood 300 hectares of ancient woodland. 'You cannot fix a climate crisis by drowning a glen,' said the trust's director, Fiona Rennick. The group is considering a legal challenge.""",
        [
            ("Scottish Government", "ORG", ["Scottish Government"]),
            ("Loch Corrach", "LOC", ["Loch Corrach"]),
            ("Highlands", "LOC", ["Highlands"]),
            ("Britain", "GPE", ["Britain"]),
            ("Castellan Engineering plc", "ORG", ["Castellan Engineering plc", "Castellan"]),
            ("Ingrid Halvorsen", "PERSON", ["Ingrid Halvorsen", "Halvorsen"]),
            ("London", "GPE", ["London"]),
            ("Highland Glens Trust", "ORG", ["Highland Glens Trust"]),
            ("Fiona Rennick", "PERSON", ["Fiona Rennick"]),
        ],
        [
            ("This is how we keep the lights on", "Ingrid Halvorsen"),
            ("You cannot fix a climate crisis", "Fiona Rennick"),
        ],
        [
            ("March", "won the construction contract in March", "2021-03"),
            ("early next year", "work would begin early next year", "2022"),
            ("2027", "generating power in 2027", "2027"),
            ("Wednesday", "told MSPs on Wednesday", "2021-09-01"),
            ("2018", "against the project since 2018", "2018"),
        ],
    ),
    "inv-50-sea-rescue": (
        "Eleven fishermen rescued off Norway in storm",
        "2020-01-14",
        """OSLO, Jan 14 — Rescue helicopters winched 11 fishermen to safety from a drifting trawler off western Norway late on Monday as a winter storm battered the coast, the Norwegian Coastal Rescue Service said.

The 40-metre trawler lost engine power near the Stad peninsula and drifted for almost six hours in waves of up to 12 metres.

"They were cold and very frightened, but nobody was badly hurt," said Kari Lunde, a duty officer at the service's centre in Bodø. "Another hour and this could have ended very differently."

The vessel belongs to Havbris Fiskeri AS, a family firm based in Ålesund. Havbris managing director Henrik Aasvik thanked the helicopter crews. "We will find out what went wrong," he said in a statement.

The Norwegian Meteorological Institute has kept a red warning in place for the coast until Thursday. It is the service's third major rescue this month; in December, a cargo ship lost part of its deck cargo in the same waters.""",
        [
            ("Oslo", "GPE", ["Oslo"]),
            ("Norway", "GPE", ["Norway"]),
            ("Norwegian Coastal Rescue Service", "ORG", ["Norwegian Coastal Rescue Service"]),
            ("Stad", "LOC", ["Stad"]),
            ("Kari Lunde", "PERSON", ["Kari Lunde"]),
            ("Bodø", "GPE", ["Bodø"]),
            ("Havbris Fiskeri AS", "ORG", ["Havbris Fiskeri AS", "Havbris"]),
            ("Ålesund", "GPE", ["Ålesund"]),
            ("Henrik Aasvik", "PERSON", ["Henrik Aasvik"]),
            ("Norwegian Meteorological Institute", "ORG", ["Norwegian Meteorological Institute"]),
        ],
        [
            ("They were cold and very frightened", "Kari Lunde"),
            ("Another hour and this could", "Kari Lunde"),
            ("We will find out what went wrong", "Henrik Aasvik"),
        ],
        [
            ("Jan 14", "OSLO, Jan 14", "2020-01-14"),
            ("Monday", "western Norway late on Monday", "2020-01-13"),
            ("Thursday", "in place for the coast until Thursday", "2020-01-16"),
            ("this month", "third major rescue this month", "2020-01"),
            ("December", "in December, a cargo ship", "2019-12"),
        ],
    ),
    "inv-51-prison-escape": (
        "Two inmates escape Ohio prison through ceiling vent",
        "2014-08-19",
        """Two inmates escaped from the Tallis Creek Correctional Institution in southern Ohio early Monday by crawling through a ceiling vent and scaling a fence, state officials said.

Dwayne Rusk, 34, and Hector Ocampo, 29, were found missing during a 5 a.m. count, according to the Ohio Department of Rehabilitation and Correction (ODRC). Towels had been stuffed under their blankets.

Rusk, of the 1400 block of Sycamore Avenue in Portsmouth, was serving 12 years for aggravated robbery. Ocampo, of Chillicothe, had been due in Ross County Common Pleas Court on Sept. 4 to be sentenced on drug charges.

"These men are dangerous and should not be approached," Scioto County Sheriff Wade Tolliver said at a news conference Tuesday. The U.S. Marshals Service has joined the search, and a $10,000 reward is being offered.

"The vent had been inspected in June and passed," an ODRC spokesman said. Warden Denise Albrecht has ordered a review of overnight staffing.

It is the second escape from the prison since it opened in 1998.""",
        [
            ("Tallis Creek Correctional Institution", "ORG", ["Tallis Creek Correctional Institution"]),
            ("Ohio", "GPE", ["Ohio"]),
            ("Dwayne Rusk", "PERSON", ["Dwayne Rusk", "Rusk"]),
            ("Hector Ocampo", "PERSON", ["Hector Ocampo", "Ocampo"]),
            ("Ohio Department of Rehabilitation and Correction", "ORG",
             ["Ohio Department of Rehabilitation and Correction", "ODRC"]),
            ("Sycamore Avenue", "LOC", ["Sycamore Avenue"]),
            ("Portsmouth", "GPE", ["Portsmouth"]),
            ("Chillicothe", "GPE", ["Chillicothe"]),
            ("Ross County Common Pleas Court", "ORG", ["Ross County Common Pleas Court"]),
            ("Scioto County", "GPE", ["Scioto County"]),
            ("Wade Tolliver", "PERSON", ["Wade Tolliver"]),
            ("U.S. Marshals Service", "ORG", ["U.S. Marshals Service"]),
            ("Denise Albrecht", "PERSON", ["Denise Albrecht"]),
        ],
        [
            ("These men are dangerous", "Wade Tolliver"),
            ("The vent had been inspected", "Ohio Department of Rehabilitation and Correction",
             ["Ohio Department of Rehabilitation and Correction", None]),
        ],
        [
            ("Monday", "southern Ohio early Monday", "2014-08-18"),
            ("Sept. 4", "Common Pleas Court on Sept. 4", "2014-09-04"),
            ("Tuesday", "at a news conference Tuesday", "2014-08-19"),
            ("June", "inspected in June", "2014-06"),
            ("1998", "since it opened in 1998", "1998"),
        ],
    ),
    "inv-52-power-cut": (
        "Thousands still without power in western Norway",
        "2020-01-15",
        """More than 40,000 homes in western Norway were still without electricity on Wednesday, two days after a storm brought down power lines across Vestland county.

Grid operator Vestnett AS said repair crews had been slowed by snow and fallen trees. Speaking on Tuesday, Vestnett's operations director, Sigrid Vatne, said: "Most homes in Bergen should have power back tonight."

By Wednesday morning, power had been restored in Bergen, but dozens of islands were still cut off. "Some customers may have to wait until Saturday," Vatne said. Extra crews from Sweden arrived this week.

The Coastal Rescue Service said it had ferried generators to three islands, including Fedje.

"We have a wood stove, so we are fine, but my neighbours are in their eighties," said Arne Tveit, 61, from Askøy.

The Norwegian Water Resources and Energy Directorate (NVE) said it would review how the grid had coped. It was the worst outage in the region since December 2011.""",
        [
            ("Norway", "GPE", ["Norway"]),
            ("Vestland", "GPE", ["Vestland"]),
            ("Vestnett AS", "ORG", ["Vestnett AS", "Vestnett"]),
            ("Sigrid Vatne", "PERSON", ["Sigrid Vatne", "Vatne"]),
            ("Bergen", "GPE", ["Bergen"]),
            ("Sweden", "GPE", ["Sweden"]),
            ("Norwegian Coastal Rescue Service", "ORG", ["Coastal Rescue Service"]),
            ("Fedje", "GPE", ["Fedje"]),
            ("Arne Tveit", "PERSON", ["Arne Tveit"]),
            ("Askøy", "GPE", ["Askøy"]),
            ("Norwegian Water Resources and Energy Directorate", "ORG",
             ["Norwegian Water Resources and Energy Directorate", "NVE"]),
        ],
        [
            ("Most homes in Bergen should", "Sigrid Vatne"),
            ("Some customers may have to", "Sigrid Vatne"),
            ("We have a wood stove", "Arne Tveit"),
        ],
        [
            ("Wednesday", "without electricity on Wednesday", "2020-01-15"),
            ("Tuesday", "Speaking on Tuesday", "2020-01-14"),
            ("tonight", "should have power back tonight", "2020-01-14"),
            ("Wednesday", "By Wednesday morning", "2020-01-15"),
            ("Saturday", "to wait until Saturday", "2020-01-18"),
            ("this week", "from Sweden arrived this week", "2020-W03"),
            ("December 2011", "in the region since December 2011", "2011-12"),
        ],
    ),
    "inv-53-suv-recall": (
        "Velora recalls 212,000 SUVs over seat-belt fault",
        "2024-03-06",
        """DETROIT — Velora Motor Company is recalling about 212,000 sport utility vehicles in the United States because a seat-belt anchor can break in a crash, the National Highway Traffic Safety Administration (NHTSA) said Wednesday.

The recall covers Ridgeback SUVs built between June 2021 and September 2023. Dealers will replace the anchors for free, and owners will be notified by mail starting April 22.

The Auburn Hills, Michigan-based automaker said it knew of three injuries but no deaths linked to the problem. "Safety is the foundation of everything we build," Velora said in a statement. Velora spokesman Brent Hadley said letters would go out "as fast as the printers can run."

Nora Quist, who heads the consumer group Drivers First in Washington, said the recall was overdue. "Owners were telling NHTSA about this in 2022," Quist said. "Velora should have acted then."

It is the company's second recall this year. In January, it recalled 40,000 pickups over a fuel leak.""",
        [
            ("Detroit", "GPE", ["Detroit"]),
            ("Velora Motor Company", "ORG", ["Velora Motor Company", "Velora"]),
            ("United States", "GPE", ["United States"]),
            ("National Highway Traffic Safety Administration", "ORG",
             ["National Highway Traffic Safety Administration", "NHTSA"]),
            ("Auburn Hills", "GPE", ["Auburn Hills"]),
            ("Michigan", "GPE", ["Michigan"]),
            ("Brent Hadley", "PERSON", ["Brent Hadley"]),
            ("Nora Quist", "PERSON", ["Nora Quist", "Quist"]),
            ("Drivers First", "ORG", ["Drivers First"]),
            ("Washington", "GPE", ["Washington"]),
        ],
        [
            ("Safety is the foundation of", "Velora Motor Company"),
            ("as fast as the printers", "Brent Hadley"),
            ("Owners were telling NHTSA about", "Nora Quist"),
            ("Velora should have acted then", "Nora Quist"),
        ],
        [
            ("Wednesday", "(NHTSA) said Wednesday", "2024-03-06"),
            ("June 2021", "between June 2021 and September 2023", "2021-06"),
            ("September 2023", "between June 2021 and September 2023", "2023-09"),
            ("April 22", "by mail starting April 22", "2024-04-22"),
            ("2022", "about this in 2022", "2022"),
            ("this year", "second recall this year", "2024"),
            ("January", "In January, it recalled", "2024-01"),
        ],
    ),
    "inv-54-markets-fall": (
        "Profit warnings and rate fears send shares tumbling",
        "2024-03-19",
        """LONDON, March 19 — Stock markets in Europe and the United States fell sharply on Tuesday as worries about interest rates combined with a run of profit warnings.

In London, the FTSE 100 closed down 2.4 per cent, its worst day since October. Castellan was the biggest faller, losing almost a fifth of its value after the engineering group warned that cost overruns at a dam in Scotland would wipe out this year's profit.

"We got the geology wrong, and we are paying for it," chief executive Rhona Lusk told analysts. "The dam will be finished, but not by 2027."

Trading volumes were 40 per cent above average, according to the London Stock Exchange. Paris and Frankfurt both fell about 2 per cent.

On Wall Street, the Dow Jones Industrial Average was down 1.8 per cent by midday. Carmaker Velora lost 6 per cent after announcing another recall on Monday.

The Federal Reserve announces its rate decision on Wednesday. "Nobody wants to be holding shares when the Fed speaks," said Theo Lindqvist, a strategist at Bergmann Capital.""",
        [
            ("London", "GPE", ["London"]),
            ("Europe", "LOC", ["Europe"]),
            ("United States", "GPE", ["United States"]),
            ("Castellan Engineering plc", "ORG", ["Castellan"]),
            ("Scotland", "GPE", ["Scotland"]),
            ("Rhona Lusk", "PERSON", ["Rhona Lusk"]),
            ("London Stock Exchange", "ORG", ["London Stock Exchange"]),
            ("Paris", "GPE", ["Paris"]),
            ("Frankfurt", "GPE", ["Frankfurt"]),
            ("Wall Street", "LOC", ["Wall Street"]),
            ("Velora Motor Company", "ORG", ["Velora"]),
            ("Federal Reserve", "ORG", ["Federal Reserve", "Fed"]),
            ("Theo Lindqvist", "PERSON", ["Theo Lindqvist"]),
            ("Bergmann Capital", "ORG", ["Bergmann Capital"]),
        ],
        [
            ("We got the geology wrong", "Rhona Lusk"),
            ("The dam will be finished", "Rhona Lusk"),
            ("Nobody wants to be holding shares", "Theo Lindqvist"),
        ],
        [
            ("March 19", "LONDON, March 19", "2024-03-19"),
            ("Tuesday", "fell sharply on Tuesday", "2024-03-19"),
            ("October", "its worst day since October", "2023-10"),
            ("this year", "wipe out this year's profit", "2024"),
            ("2027", "but not by 2027", "2027"),
            ("Monday", "another recall on Monday", "2024-03-18"),
            ("Wednesday", "its rate decision on Wednesday", "2024-03-20"),
        ],
    ),
    "inv-55-art-theft": (
        "Three Brennock paintings stolen from Dublin gallery",
        "2012-10-29",
        """Thieves took three paintings by the landscape painter Cathal Brennock from the Merrow Gallery in Dublin early on Sunday, in what police called a carefully planned raid.

The works, valued at €2.4 million, were taken from a first-floor room after the thieves cut through a skylight at the back of the building on Merrion Square.

'They knew exactly what they wanted,' said Merrow director Aoife Rynne. 'They walked straight past paintings worth twice as much.'

Brennock (1889-1957) painted mostly in Connemara, and his work rarely comes up for sale. One of his paintings sold in London in May 2011 for €1.1 million.

Detective Superintendent Ciarán Fahy said the paintings would be almost impossible to sell openly. 'Somebody will be offered these pictures,' he said. 'When that happens, I would ask them to pick up the phone.'

The gallery, which reopened in 2010 after a two-year refurbishment, will stay closed until Wednesday.""",
        [
            ("Cathal Brennock", "PERSON", ["Cathal Brennock", "Brennock"]),
            ("Merrow Gallery", "ORG", ["Merrow Gallery", "Merrow"]),
            ("Dublin", "GPE", ["Dublin"]),
            ("Merrion Square", "LOC", ["Merrion Square"]),
            ("Aoife Rynne", "PERSON", ["Aoife Rynne"]),
            ("Connemara", "LOC", ["Connemara"]),
            ("London", "GPE", ["London"]),
            ("Ciarán Fahy", "PERSON", ["Ciarán Fahy"]),
        ],
        [
            ("They knew exactly what they wanted", "Aoife Rynne"),
            ("They walked straight past paintings", "Aoife Rynne"),
            ("Somebody will be offered these", "Ciarán Fahy"),
            ("When that happens, I would", "Ciarán Fahy"),
        ],
        [
            ("Sunday", "in Dublin early on Sunday", "2012-10-28"),
            ("1889", "Brennock (1889-1957)", "1889"),
            ("1957", "Brennock (1889-1957)", "1957"),
            ("May 2011", "in London in May 2011", "2011-05"),
            ("2010", "which reopened in 2010", "2010"),
            ("Wednesday", "will stay closed until Wednesday", "2012-10-31"),
        ],
    ),
    "inv-56-cabinet-reshuffle": (
        "Fenwick sacks transport minister in Scottish reshuffle",
        "2023-05-24",
        """Scotland's First Minister, Alasdair Fenwick, sacked his transport minister and moved five cabinet secretaries on Tuesday in the biggest shake-up of the Scottish Government since he took office.

The energy secretary, Ms Halvorsen, who has held the post since 2021, becomes finance secretary. She replaces Douglas Imrie, who is stepping down for health reasons.

Transport minister Kenneth Drysdale lost his job after months of complaints about bus cuts by Clydelink, Glasgow's biggest operator. He had survived a vote of no confidence two weeks ago.

'I am proud of what we achieved,' Mr Drysdale said. 'I will support the First Minister from the back benches, and I will hold him to his promises on buses.'

Mr Fenwick told reporters: 'This is a government for the next three years, not the next three weeks. People want delivery, and this team will deliver.

'Every minister in this cabinet knows what is expected of them.'

The new cabinet meets for the first time tomorrow, and ministers face their first questions next month. Opposition leader Catriona Moffat called the changes 'too little, too late'.""",
        [
            ("Scotland", "GPE", ["Scotland"]),
            ("Alasdair Fenwick", "PERSON", ["Alasdair Fenwick", "Fenwick"]),
            ("Scottish Government", "ORG", ["Scottish Government"]),
            ("Ingrid Halvorsen", "PERSON", ["Halvorsen"]),
            ("Douglas Imrie", "PERSON", ["Douglas Imrie"]),
            ("Kenneth Drysdale", "PERSON", ["Kenneth Drysdale", "Drysdale"]),
            ("Clydelink Buses Ltd", "ORG", ["Clydelink"]),
            ("Glasgow", "GPE", ["Glasgow"]),
            ("Catriona Moffat", "PERSON", ["Catriona Moffat"]),
        ],
        [
            ("I am proud of what we achieved", "Kenneth Drysdale"),
            ("I will support the First Minister", "Kenneth Drysdale"),
            ("This is a government for the next", "Alasdair Fenwick"),
            ("Every minister in this cabinet", "Alasdair Fenwick"),
            ("too little, too late", "Catriona Moffat"),
        ],
        [
            ("Tuesday", "five cabinet secretaries on Tuesday", "2023-05-23"),
            ("2021", "held the post since 2021", "2021"),
            ("two weeks ago", "vote of no confidence two weeks ago", "2023-05-10"),
            ("tomorrow", "for the first time tomorrow", "2023-05-25"),
            ("next month", "their first questions next month", "2023-06"),
        ],
    ),
}# fmt: on
