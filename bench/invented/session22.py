"""Session 22's invented articles, written by two helper sessions from one brief each, at the
start of the session, before its rules: they had not seen the rules' code or their output, and
the engineer who wrote the rules never read them, only their total scores.
`HELD_OUT_WHILE_WRITING` (inv-153 … inv-164) served as session 22's held-out check while its rules
were written; `HELD_OUT_LAST` (inv-165 … inv-176) was scored once, at the session's end.
Same format as `make_gold.ARTICLES`; a quote may carry a third item, the speakers it accepts.
Where an entity is named in two articles, its gold name is the same in both, even where one
article writes only a shorter form (so that the site-wide measure sees one entity).
"""

# fmt: off
HELD_OUT_WHILE_WRITING: dict[str, tuple] = {

'inv-153-cyclone-landfall': (
'Cyclone crosses coast near Bowen, leaving 40,000 without power', '2025-02-17',
"""A severe tropical cyclone has crossed the north Queensland coast near Bowen, ripping roofs off homes, bringing down power lines and cutting road access to towns across the Whitsundays.

The category four system made landfall at about 2am on Monday with gusts of up to 230 kilometres an hour, the Bureau of Meteorology said. By mid-morning it had weakened to category two as it tracked inland towards Collinsville.

Power distributor Capricorn Grid said about 40,000 homes and businesses were without electricity between Proserpine and Ayr, and warned that some customers might not be reconnected until the weekend.

Senior forecaster Anjali Deshmukh said the danger had not passed.

"People see blue sky this afternoon and think it's over. It isn't," she said. "The rain band behind this system is going to sit over the ranges for another two days, and the rivers will respond."

A major flood warning has been issued for the Don River, and the Bruce Highway is closed north of Bowen.

The State Emergency Service received more than 1,100 calls for help, most about damaged roofs and fallen trees. SES crews from Townsville and Rockhampton were flown in on Sunday before Whitsunday Coast Airport closed.

Whitsunday Regional Council mayor Trent Kovacevic drove through Bowen at first light.

"There are boats sitting in people's front yards at Queens Beach," Cr Kovacevic said. "But people are safe, and that's what matters. The rest we can fix."

"We just sat in the bathroom with the dog and listened to the roof go," said Merindah Walsh, who lives two streets back from the Bowen foreshore. "When it went quiet in the eye, my husband wanted to go outside. I wouldn't let him."

Cruise operator Coral Meridian cancelled Wednesday's scheduled call at Airlie Beach, and schools from Bowen to Mackay will stay closed until at least Wednesday, Education Queensland said.

It is the strongest cyclone to cross the coast there since 2017.""",
[
 ('Queensland', 'GPE', ['Queensland']),
 ('Bowen', 'GPE', ['Bowen']),
 ('Whitsundays', 'LOC', ['Whitsundays']),
 ('Bureau of Meteorology', 'ORG', ['Bureau of Meteorology']),
 ('Collinsville', 'GPE', ['Collinsville']),
 ('Capricorn Grid', 'ORG', ['Capricorn Grid']),
 ('Proserpine', 'GPE', ['Proserpine']),
 ('Ayr', 'GPE', ['Ayr']),
 ('Anjali Deshmukh', 'PERSON', ['Anjali Deshmukh']),
 ('Don River', 'LOC', ['Don River']),
 ('Bruce Highway', 'LOC', ['Bruce Highway']),
 ('State Emergency Service', 'ORG', ['State Emergency Service', 'SES']),
 ('Townsville', 'GPE', ['Townsville']),
 ('Rockhampton', 'GPE', ['Rockhampton']),
 ('Whitsunday Coast Airport', 'LOC', ['Whitsunday Coast Airport']),
 ('Whitsunday Regional Council', 'ORG', ['Whitsunday Regional Council']),
 ('Trent Kovacevic', 'PERSON', ['Trent Kovacevic', 'Kovacevic']),
 ('Queens Beach', 'GPE', ['Queens Beach']),
 ('Merindah Walsh', 'PERSON', ['Merindah Walsh']),
 ('Coral Meridian Cruises', 'ORG', ['Coral Meridian']),
 ('Airlie Beach', 'GPE', ['Airlie Beach']),
 ('Mackay', 'GPE', ['Mackay']),
 ('Education Queensland', 'ORG', ['Education Queensland']),
],
[
 ('People see blue sky this afternoon', 'Anjali Deshmukh'),
 ('The rain band behind this system', 'Anjali Deshmukh'),
 ("There are boats sitting in people's", 'Trent Kovacevic'),
 ("But people are safe, and that's", 'Trent Kovacevic'),
 ('We just sat in the bathroom', 'Merindah Walsh'),
 ('When it went quiet in the', 'Merindah Walsh'),
],
[
 ('Monday', 'about 2am on Monday', '2025-02-17'),
 ('the weekend', 'reconnected until the weekend', '2025-W08'),
 ('this afternoon', 'blue sky this afternoon', '2025-02-17'),
 ('Sunday', 'flown in on Sunday', '2025-02-16'),
 ('Wednesday', "cancelled Wednesday's scheduled call", '2025-02-19'),
 ('Wednesday', 'until at least Wednesday', '2025-02-19'),
 ('2017', 'coast there since 2017', '2017'),
],
),

'inv-154-marathon-course-record': (
'Rotich smashes Eldoret course record by three minutes', '2024-05-27',
"""Purity Jelagat Rotich yesterday lowered the women's course record at the Eldoret marathon by more than three minutes, pulling away from a strong Ethiopian field over the final 10 kilometres to win in 2:18:41.

The 27-year-old, who trains in Iten under Italian coach Renato Bellandi, erased the previous mark of 2:21:55 set by Nancy Kimaiyo in 2019. Ethiopia's Meseret Haile Gebru was second, almost two minutes back, with defending champion Winfred Chebet third.

Rotich sat quietly in the lead pack as it wound through the town and out towards the Kapsoya hills, before making her move on the long climb back to the finish at Kipchoge Keino Stadium.

"I knew at 35 kilometres that nobody could follow me," Rotich said at the finish. "My coach told me to wait, wait, wait. Today I listened to him."

She said the cool, overcast morning had suited her and dedicated the win to her late grandmother, who raised her in Kapcherop.

Bellandi, who has coached in Iten since 2011, said the time should open doors for his athlete abroad.

"Purity has been in 2:20 shape in training since February," he said. "What she did on this course, at this altitude, is worth something close to 2:15 at sea level. Now Berlin or Boston will be the next conversation."

Gebru, speaking through an interpreter, said she had no answer when Rotich surged. "The altitude was not the problem. She was simply stronger today."

Rotich takes home Sh2 million, including a Sh500,000 bonus for the record, from organisers Sosiani Sports Foundation. Officials from Athletics Kenya watched the race from the finish area.

Samples were taken from the top five finishers by the Anti-Doping Agency of Kenya, as is standard for record performances. ADAK has stepped up testing in Iten since last year, when three athletes training in the town were suspended.

The foundation said it would announce the date of next year's race next month.""",
[
 ('Purity Jelagat Rotich', 'PERSON', ['Purity Jelagat Rotich', 'Rotich', 'Purity']),
 ('Eldoret', 'GPE', ['Eldoret']),
 ('Iten', 'GPE', ['Iten']),
 ('Renato Bellandi', 'PERSON', ['Renato Bellandi', 'Bellandi']),
 ('Nancy Kimaiyo', 'PERSON', ['Nancy Kimaiyo']),
 ('Ethiopia', 'GPE', ['Ethiopia']),
 ('Meseret Haile Gebru', 'PERSON', ['Meseret Haile Gebru', 'Gebru']),
 ('Winfred Chebet', 'PERSON', ['Winfred Chebet']),
 ('Kapsoya', 'GPE', ['Kapsoya']),
 ('Kipchoge Keino Stadium', 'LOC', ['Kipchoge Keino Stadium']),
 ('Kapcherop', 'GPE', ['Kapcherop']),
 ('Berlin', 'GPE', ['Berlin']),
 ('Boston', 'GPE', ['Boston']),
 ('Sosiani Sports Foundation', 'ORG', ['Sosiani Sports Foundation']),
 ('Athletics Kenya', 'ORG', ['Athletics Kenya']),
 ('Anti-Doping Agency of Kenya', 'ORG', ['Anti-Doping Agency of Kenya', 'ADAK']),
],
[
 ('I knew at 35 kilometres that', 'Purity Jelagat Rotich'),
 ('My coach told me to wait', 'Purity Jelagat Rotich'),
 ('Purity has been in 2:20 shape', 'Renato Bellandi'),
 ('What she did on this course,', 'Renato Bellandi'),
 ('The altitude was not the problem', 'Meseret Haile Gebru'),
],
[
 ('yesterday', 'Rotich yesterday lowered', '2024-05-26'),
 ('2019', 'Nancy Kimaiyo in 2019', '2019'),
 ('Today', 'Today I listened to him', '2024-05-26'),
 ('2011', 'coached in Iten since 2011', '2011'),
 ('February', 'in training since February', '2024-02'),
 ('today', 'simply stronger today', '2024-05-26'),
 ('last year', 'Iten since last year', '2023'),
 ('next year', "date of next year's race", '2025'),
 ('next month', 'race next month', '2024-06'),
],
),

'inv-155-chenab-dam-dispute': (
'Pakistan objects to Indian dam design on Chenab, seeks neutral expert', '2023-08-22',
"""ISLAMABAD: Pakistan on Monday lodged a formal objection with India over the design of the Tundwari Dam, a 1,050-megawatt hydropower project on the Chenab in occupied Kashmir, saying it would allow New Delhi to hold back water that Pakistani farmers depend on during the sowing season.

The Foreign Office said in a statement that the dam's gated spillway and pondage exceeded the limits set by the Indus Waters Treaty of 1960, and that Islamabad would ask the World Bank to appoint a neutral expert if the dispute was not resolved within 90 days.

"India cannot be allowed to create facts on the ground and then invite Pakistan to discuss them," the statement said.

Pakistan's Commissioner for Indus Waters, Kamran Aftab Gilani, told reporters in Lahore that the detailed design had been shared with Islamabad only last month, more than two years after construction began.

"We raised the spillway question at the Permanent Indus Commission meeting in March and we were given no answer," Mr Gilani said. "Now the concrete is being poured."

Officials at the Marala Headworks near Sialkot, where the river enters Pakistan, recorded a sharp drop in flows for four days in May, which the irrigation department blamed on the filling of an upstream reservoir.

"When the water stopped in May we could not plant our rice nurseries on time," said Ghulam Murtaza Bhatti, who farms 40 acres near Daska. "For a small farmer, one week late means half the crop."

India's Ministry of External Affairs has previously maintained that the project is fully compliant with the treaty. There was no response from New Delhi by the time this report was filed.

FO spokesperson Tahira Rahman Qureshi had said earlier this month that Pakistan preferred to settle water disputes bilaterally but would not hesitate to raise them at the United Nations. The matter is expected to come up when the federal cabinet meets next week.""",
[
 ('Islamabad', 'GPE', ['Islamabad']),
 ('Pakistan', 'GPE', ['Pakistan']),
 ('India', 'GPE', ['India']),
 ('Tundwari Dam', 'LOC', ['Tundwari Dam']),
 ('Chenab', 'LOC', ['Chenab']),
 ('Kashmir', 'LOC', ['Kashmir']),
 ('New Delhi', 'GPE', ['New Delhi']),
 ('Foreign Office', 'ORG', ['Foreign Office', 'FO']),
 ('World Bank', 'ORG', ['World Bank']),
 ('Kamran Aftab Gilani', 'PERSON', ['Kamran Aftab Gilani', 'Gilani']),
 ('Lahore', 'GPE', ['Lahore']),
 ('Permanent Indus Commission', 'ORG', ['Permanent Indus Commission']),
 ('Marala Headworks', 'LOC', ['Marala Headworks']),
 ('Sialkot', 'GPE', ['Sialkot']),
 ('Ghulam Murtaza Bhatti', 'PERSON', ['Ghulam Murtaza Bhatti']),
 ('Daska', 'GPE', ['Daska']),
 ('Ministry of External Affairs', 'ORG', ['Ministry of External Affairs']),
 ('Tahira Rahman Qureshi', 'PERSON', ['Tahira Rahman Qureshi']),
 ('United Nations', 'ORG', ['United Nations']),
],
[
 ('India cannot be allowed to create', 'Foreign Office'),
 ('We raised the spillway question at', 'Kamran Aftab Gilani'),
 ('Now the concrete is being poured', 'Kamran Aftab Gilani'),
 ('When the water stopped in May', 'Ghulam Murtaza Bhatti'),
 ('For a small farmer, one week', 'Ghulam Murtaza Bhatti'),
],
[
 ('Monday', 'Pakistan on Monday lodged', '2023-08-21'),
 ('1960', 'Indus Waters Treaty of 1960', '1960'),
 ('last month', 'with Islamabad only last month', '2023-07'),
 ('March', 'Commission meeting in March', '2023-03'),
 ('May', 'for four days in May', '2023-05'),
 ('May', 'When the water stopped in May', '2023-05'),
 ('earlier this month', 'had said earlier this month', '2023-08'),
 ('next week', 'cabinet meets next week', '2023-W35'),
],
),

'inv-156-rogers-pass-avalanche': (
'Three Calgary skiers killed in avalanche near Rogers Pass', '2024-02-12',
"""REVELSTOKE, B.C. — Three backcountry skiers from Calgary were killed on Saturday when an avalanche swept them into a gully near Rogers Pass in Glacier National Park, the Royal Canadian Mounted Police said.

A fourth member of the group, a 34-year-old woman, dug herself out and used a satellite messenger to call for help shortly before 1 p.m., Sgt. Harjit Dhaliwal of the Revelstoke detachment said Sunday.

Parks Canada rescue specialists reached the slope by helicopter within an hour, but the three men, aged 29, 31 and 38, were found under about two metres of snow and could not be revived.

"She did everything right after the slide. She kept her head, she searched, and she got the call out," Dhaliwal said. "This is a tragedy for three families and for a very close-knit community of skiers."

Police have not released the victims' names.

The avalanche ran on a steep north-facing slope below Mount Tupper. Avalanche Canada had rated the danger as high in the alpine across the Selkirk Mountains on Saturday, after more than 50 centimetres of new snow fell on a weak layer buried in late January.

"That weak layer is the problem we keep coming back to," said Avalanche Canada forecaster Lukas Brandstätter. "It's sitting about a metre down in a lot of places now, and it's still capable of producing very large avalanches when a skier hits the wrong spot.

"We've had four fatal incidents in Western Canada in the last three weeks. I'd ask everyone heading out this week to choose conservative terrain and stay off big open slopes."

The Bow Valley Backcountry Club, to which all four skiers belonged, said in a statement that the men were "experienced, careful and much loved" and asked for privacy for their families.

The Trans-Canada Highway through the pass was closed for avalanche control Sunday and reopened Monday morning. Parks Canada said the area where the slide occurred would stay closed to skiers until Friday.""",
[
 ('Revelstoke', 'GPE', ['Revelstoke']),
 ('British Columbia', 'GPE', ['B.C.']),
 ('Calgary', 'GPE', ['Calgary']),
 ('Rogers Pass', 'LOC', ['Rogers Pass']),
 ('Glacier National Park', 'LOC', ['Glacier National Park']),
 ('Royal Canadian Mounted Police', 'ORG', ['Royal Canadian Mounted Police']),
 ('Harjit Dhaliwal', 'PERSON', ['Harjit Dhaliwal', 'Dhaliwal']),
 ('Parks Canada', 'ORG', ['Parks Canada']),
 ('Mount Tupper', 'LOC', ['Mount Tupper']),
 ('Avalanche Canada', 'ORG', ['Avalanche Canada']),
 ('Selkirk Mountains', 'LOC', ['Selkirk Mountains']),
 ('Lukas Brandstätter', 'PERSON', ['Lukas Brandstätter']),
 ('Western Canada', 'LOC', ['Western Canada']),
 ('Bow Valley Backcountry Club', 'ORG', ['Bow Valley Backcountry Club']),
 ('Trans-Canada Highway', 'LOC', ['Trans-Canada Highway']),
],
[
 ('She did everything right after the', 'Harjit Dhaliwal'),
 ('This is a tragedy for three', 'Harjit Dhaliwal'),
 ('That weak layer is the problem', 'Lukas Brandstätter'),
 ("It's sitting about a metre down", 'Lukas Brandstätter'),
 ("We've had four fatal incidents in", 'Lukas Brandstätter'),
 ('experienced, careful and much loved', 'Bow Valley Backcountry Club'),
],
[
 ('Saturday', 'were killed on Saturday', '2024-02-10'),
 ('Sunday', 'detachment said Sunday', '2024-02-11'),
 ('Saturday', 'Selkirk Mountains on Saturday', '2024-02-10'),
 ('late January', 'buried in late January', '2024-01'),
 ('this week', 'heading out this week', '2024-W07'),
 ('Sunday', 'avalanche control Sunday', '2024-02-11'),
 ('Monday morning', 'reopened Monday morning', '2024-02-12'),
 ('Friday', 'closed to skiers until Friday', '2024-02-16'),
],
),

'inv-157-listed-mill-fire': (
'Fire guts A-listed Dundee jute mill that housed 60 artists', '2023-11-14',
"""Firefighters have spent more than 30 hours tackling a blaze at a category A-listed former jute mill in Dundee that housed more than 60 artists' studios.

The fire at Halkett Mill on Lochee Road was reported shortly after 10pm on Sunday, and at its height 12 appliances and around 70 firefighters were in attendance. Residents of neighbouring tenements were evacuated overnight and allowed home on Monday afternoon.

Scottish Fire and Rescue Service incident commander Euan MacRitchie said the roof of the four-storey building had collapsed in the early hours.

"Crews worked in extremely difficult conditions to stop the fire spreading to the adjacent properties, and they succeeded," he said. "But I have to be honest that the damage to the main mill building is severe."

Mr MacRitchie said firefighters would remain at the scene until at least Wednesday while hotspots were dampened down. Police Scotland said the cause was not yet known but the fire was not being treated as suspicious.

Built in 1861, the mill was one of the last intact examples of its kind in the city and was converted into studios by the Halkett Mill Arts Trust in 2009.

Historic Environment Scotland said its specialists were working with Dundee City Council to assess what could be saved. Dr Parveen Chaudhry, head of casework at HES, said the cast-iron frame and the mill's landmark chimney appeared to have survived.

"What remains is significant, and our priority is making it safe without losing any more historic fabric than we have to," she said.

The painter Tomasz Wielgosz, who has rented a studio on the top floor since 2015, said he had lost almost everything he had produced.

"Every canvas I have made since I left Gdańsk was in that room," he said. "I keep thinking about the ones stacked by the window. There is nothing anyone can do about it now."

The trust has opened an emergency fund for tenants. It will meet studio holders later this week and has called a public meeting for 21 November.""",
[
 ('Dundee', 'GPE', ['Dundee']),
 ('Halkett Mill', 'LOC', ['Halkett Mill']),
 ('Lochee Road', 'LOC', ['Lochee Road']),
 ('Scottish Fire and Rescue Service', 'ORG', ['Scottish Fire and Rescue Service']),
 ('Euan MacRitchie', 'PERSON', ['Euan MacRitchie', 'MacRitchie']),
 ('Police Scotland', 'ORG', ['Police Scotland']),
 ('Halkett Mill Arts Trust', 'ORG', ['Halkett Mill Arts Trust']),
 ('Historic Environment Scotland', 'ORG', ['Historic Environment Scotland', 'HES']),
 ('Dundee City Council', 'ORG', ['Dundee City Council']),
 ('Parveen Chaudhry', 'PERSON', ['Parveen Chaudhry']),
 ('Tomasz Wielgosz', 'PERSON', ['Tomasz Wielgosz']),
 ('Gdańsk', 'GPE', ['Gdańsk']),
],
[
 ('Crews worked in extremely difficult conditions', 'Euan MacRitchie'),
 ('But I have to be honest', 'Euan MacRitchie'),
 ('What remains is significant, and our', 'Parveen Chaudhry'),
 ('Every canvas I have made since', 'Tomasz Wielgosz'),
 ('I keep thinking about the ones', 'Tomasz Wielgosz'),
],
[
 ('Sunday', 'after 10pm on Sunday', '2023-11-12'),
 ('Monday afternoon', 'allowed home on Monday afternoon', '2023-11-13'),
 ('Wednesday', 'until at least Wednesday', '2023-11-15'),
 ('1861', 'Built in 1861', '1861'),
 ('2009', 'Arts Trust in 2009', '2009'),
 ('2015', 'top floor since 2015', '2015'),
 ('later this week', 'studio holders later this week', '2023-W46'),
 ('21 November', 'public meeting for 21 November', '2023-11-21'),
],
),

'inv-158-mayor-corruption-trial': (
'Former mayor ordered R38m paid for pipeline work that was never done, court hears', '2025-09-17',
"""The former executive mayor of Dikgoro Local Municipality personally ordered payments of more than R38-million to a company that did no work, the Mahikeng Specialised Commercial Crimes Court heard on Tuesday.

Kgosietsile Moremi, 54, is on trial with businessman Johannes Pretorius and two former municipal officials on charges of fraud, corruption and money laundering linked to a water pipeline tender awarded in 2019. All four have pleaded not guilty.

The state's key witness, the North West municipality's former chief financial officer Naledi Sebego, testified that Moremi called her into his office in August 2019 and handed her a stack of invoices from Pretorius's company, Tlou Civils.

"He said they must be paid before the end of the month, no questions," Sebego told the court. "He said the money was needed for the pipeline and the paperwork would follow. It never followed."

Under cross-examination by Moremi's counsel, advocate Ryno Botha, Sebego conceded that she had not put her concerns in writing at the time.

"I was afraid for my job. People who asked questions in that municipality did not last," she said.

Investigators from the Directorate for Priority Crime Investigation arrested Moremi in March 2022, four months after he was removed as mayor. The Hawks have since seized two properties and five vehicles linked to the accused.

National Prosecuting Authority regional spokesperson Phindile Maseko said the state intended to call 23 witnesses. "We are confident that the evidence will show exactly where the money went," Maseko said outside court. The NPA expects to close its case next month.

The pipeline was meant to bring piped water to about 9,000 people in Ga-Motlatla and surrounding villages.

"We were promised taps in 2020. Our grandmothers are still carrying buckets from the tanker," said Tebogo Ramokgopa, a community leader who attended the hearing.

The trial continues on Thursday.""",
[
 ('Dikgoro Local Municipality', 'ORG', ['Dikgoro Local Municipality']),
 ('Mahikeng Specialised Commercial Crimes Court', 'ORG', ['Mahikeng Specialised Commercial Crimes Court']),
 ('Kgosietsile Moremi', 'PERSON', ['Kgosietsile Moremi', 'Moremi']),
 ('Johannes Pretorius', 'PERSON', ['Johannes Pretorius', 'Pretorius']),
 ('North West', 'GPE', ['North West']),
 ('Naledi Sebego', 'PERSON', ['Naledi Sebego', 'Sebego']),
 ('Tlou Civils', 'ORG', ['Tlou Civils']),
 ('Ryno Botha', 'PERSON', ['Ryno Botha']),
 ('Directorate for Priority Crime Investigation', 'ORG', ['Directorate for Priority Crime Investigation', 'Hawks']),
 ('National Prosecuting Authority', 'ORG', ['National Prosecuting Authority', 'NPA']),
 ('Phindile Maseko', 'PERSON', ['Phindile Maseko', 'Maseko']),
 ('Ga-Motlatla', 'GPE', ['Ga-Motlatla']),
 ('Tebogo Ramokgopa', 'PERSON', ['Tebogo Ramokgopa']),
],
[
 ('He said they must be paid', 'Naledi Sebego'),
 ('He said the money was needed', 'Naledi Sebego'),
 ('I was afraid for my job', 'Naledi Sebego'),
 ('We are confident that the evidence', 'Phindile Maseko', ['Phindile Maseko', 'National Prosecuting Authority']),
 ('We were promised taps in 2020', 'Tebogo Ramokgopa'),
],
[
 ('Tuesday', 'heard on Tuesday', '2025-09-16'),
 ('2019', 'tender awarded in 2019', '2019'),
 ('August 2019', 'office in August 2019', '2019-08'),
 ('the end of the month', 'paid before the end of the month', '2019-08'),
 ('March 2022', 'arrested Moremi in March 2022', '2022-03'),
 ('next month', 'close its case next month', '2025-10'),
 ('2020', 'promised taps in 2020', '2020'),
 ('Thursday', 'continues on Thursday', '2025-09-18'),
],
),

'inv-159-comet-probe-launch': (
'ISRO launches first comet probe from Sriharikota', '2025-01-23',
"""SRIHARIKOTA: The Indian Space Research Organisation on Thursday launched its first mission to a comet, with a GSLV rocket lifting off from the Satish Dhawan Space Centre at 10.42 am and placing the 1,900-kg Dhoomaketu probe in an elongated orbit around the earth about 19 minutes later.

The probe will raise its orbit in a series of engine burns over the coming three weeks before heading into deep space. It is scheduled to reach its target, a short-period comet, in March 2028 and to fly alongside it for at least 18 months.

"The vehicle performed exactly as we wanted. Every stage, every separation was on the dot," ISRO Chairman S. Anantharaman said at the mission control centre after the spacecraft separated. "Today is the first step of a journey of more than three years. The real work for our navigation team begins now."

The probe's solar panels deployed as planned and the spacecraft is "healthy and power-positive", according to mission director M. Kavitha. Telemetry is being received at the ISRO Telemetry, Tracking and Command Network in Bengaluru.

Dhoomaketu carries six instruments, including a dust analyser built by the Physical Research Laboratory in Ahmedabad.

"If we can catch the comet as it wakes up, we will see material that has barely changed since the solar system formed," said Ananya Bhattacharjee, a planetary scientist at PRL who leads the dust experiment.

The mission, approved by the Union Cabinet in 2021, cost about ₹1,150 crore. Ground stations of NASA and the European Space Agency will help track the probe once it is beyond the range of Indian antennas.

The launch had been scheduled for last month but was postponed after engineers found a faulty valve in the rocket's cryogenic upper stage. Kavitha said the replacement had been tested twice before Thursday's countdown began.

Hundreds of people watched the launch from viewing galleries at the spaceport in Andhra Pradesh's Tirupati district. ISRO's next launch from Sriharikota, of an earth observation satellite, is planned for next month.""",
[
 ('Sriharikota', 'GPE', ['Sriharikota']),
 ('Indian Space Research Organisation', 'ORG', ['Indian Space Research Organisation', 'ISRO']),
 ('Satish Dhawan Space Centre', 'LOC', ['Satish Dhawan Space Centre']),
 ('S. Anantharaman', 'PERSON', ['S. Anantharaman']),
 ('M. Kavitha', 'PERSON', ['M. Kavitha', 'Kavitha']),
 ('ISRO Telemetry, Tracking and Command Network', 'ORG', ['ISRO Telemetry, Tracking and Command Network']),
 ('Bengaluru', 'GPE', ['Bengaluru']),
 ('Physical Research Laboratory', 'ORG', ['Physical Research Laboratory', 'PRL']),
 ('Ahmedabad', 'GPE', ['Ahmedabad']),
 ('Ananya Bhattacharjee', 'PERSON', ['Ananya Bhattacharjee']),
 ('Union Cabinet', 'ORG', ['Union Cabinet']),
 ('NASA', 'ORG', ['NASA']),
 ('European Space Agency', 'ORG', ['European Space Agency']),
 ('Andhra Pradesh', 'GPE', ['Andhra Pradesh']),
 ('Tirupati', 'GPE', ['Tirupati']),
],
[
 ('The vehicle performed exactly as we', 'S. Anantharaman'),
 ('Today is the first step of', 'S. Anantharaman'),
 ('healthy and power-positive', 'M. Kavitha'),
 ('If we can catch the comet', 'Ananya Bhattacharjee'),
],
[
 ('Thursday', 'Organisation on Thursday launched', '2025-01-23'),
 ('March 2028', 'in March 2028', '2028-03'),
 ('Today', 'Today is the first step', '2025-01-23'),
 ('2021', 'Union Cabinet in 2021', '2021'),
 ('last month', 'scheduled for last month', '2024-12'),
 ('Thursday', "before Thursday's countdown", '2025-01-23'),
 ('next month', 'planned for next month', '2025-02'),
],
),

'inv-160-rail-fare-rise': (
'Commuters hit by biggest rail fare rise in two years', '2025-03-04',
"""Rail passengers in England are paying up to 4.9% more for season tickets and off-peak returns after regulated fares rose on 2 March, the biggest annual increase in two years.

The Department for Transport, which caps regulated fares, said the rise was below the growth in the cost of running the railway and was needed to keep services going without further help from taxpayers.

'Nobody likes paying more, but every pound that comes through the ticket office is a pound that doesn't come from the hard-pressed taxpayer,' a DfT spokesperson said.

Campaigners said the increase would push people back into their cars. Bukola Oyelaran, director of the Campaign for Affordable Rail, said fares had now risen by more than a fifth in four years.

'Ministers keep telling people to leave the car at home,' Ms Oyelaran said. 'Then they put up the price of the alternative, year after year, and wonder why the trains are half empty on a Friday.'

For commuters from Reading, where many travel into the capital each day, an annual season ticket to Paddington now costs more than £6,400.

'I worked it out last night. I now spend more on getting to work than I pay in council tax,' said Sunita Varghese, a physiotherapist who has made the journey for nine years. 'My salary certainly hasn't gone up by 4.9%.'

Kennet Valley Trains, which runs most services on the route, said passengers were getting a better railway for their money. Its managing director, Alasdair Whitcombe, said 86% of its Reading trains arrived on time in February, up from 78% in February last year.

'We know we have to earn every penny of this,' Mr Whitcombe said. 'We are not there yet, but the trend is in the right direction.'

The Rail Delivery Group, which represents train companies, said in a statement that the rise was 'unwelcome but unavoidable'.

Fares in Scotland, where the Scottish Government scrapped peak fares last September, are not covered by the cap. The Treasury has not said whether fares in England will be frozen next year.""",
[
 ('England', 'GPE', ['England']),
 ('Department for Transport', 'ORG', ['Department for Transport', 'DfT']),
 ('Bukola Oyelaran', 'PERSON', ['Bukola Oyelaran', 'Oyelaran']),
 ('Campaign for Affordable Rail', 'ORG', ['Campaign for Affordable Rail']),
 ('Reading', 'GPE', ['Reading']),
 ('Paddington', 'LOC', ['Paddington']),
 ('Sunita Varghese', 'PERSON', ['Sunita Varghese']),
 ('Kennet Valley Trains', 'ORG', ['Kennet Valley Trains']),
 ('Alasdair Whitcombe', 'PERSON', ['Alasdair Whitcombe', 'Whitcombe']),
 ('Rail Delivery Group', 'ORG', ['Rail Delivery Group']),
 ('Scotland', 'GPE', ['Scotland']),
 ('Scottish Government', 'ORG', ['Scottish Government']),
 ('Treasury', 'ORG', ['Treasury']),
],
[
 ('Nobody likes paying more, but every', 'Department for Transport'),
 ('Ministers keep telling people to leave', 'Bukola Oyelaran'),
 ('Then they put up the price', 'Bukola Oyelaran'),
 ('I worked it out last night', 'Sunita Varghese'),
 ("My salary certainly hasn't gone up", 'Sunita Varghese'),
 ('We know we have to earn', 'Alasdair Whitcombe'),
 ('We are not there yet, but', 'Alasdair Whitcombe'),
 ('unwelcome but unavoidable', 'Rail Delivery Group'),
],
[
 ('2 March', 'fares rose on 2 March', '2025-03-02'),
 ('last night', 'worked it out last night', '2025-03-03'),
 ('February', 'arrived on time in February', '2025-02'),
 ('February last year', '78% in February last year', '2024-02'),
 ('last September', 'peak fares last September', '2024-09'),
 ('next year', 'will be frozen next year', '2026'),
],
),

'inv-161-cruise-norovirus': (
'More than 240 sickened by stomach virus on Caribbean cruise', '2024-10-21',
"""FORT LAUDERDALE, Fla. (AP) — More than 240 passengers and crew members fell ill with a stomach virus during a Caribbean cruise that returned Monday to Fort Lauderdale, federal health officials said.

The outbreak aboard Coral Meridian Cruises' Ocean Lark was reported to the Centers for Disease Control and Prevention on Thursday, three days into the seven-night voyage, according to a notice posted on the agency's website. Of the ship's 2,310 passengers, 227 reported vomiting or diarrhea, along with 16 of its 880 crew members.

Norovirus was identified as the cause, the CDC said. The ship left Port Everglades on Oct. 14 and called at Cozumel, Mexico, and Roatán, Honduras.

Coral Meridian spokeswoman Danielle Reyes said the crew had isolated sick passengers in their cabins, closed self-service food stations and stepped up cleaning across the ship.

"The health of our guests and crew is always our first priority, and we followed every step recommended by public health authorities," the spokeswoman said. She said passengers who were confined to their cabins would receive a partial refund.

Passengers described a voyage that grew steadily worse.

"By Wednesday you couldn't get near the buffet because half of it was roped off," said Walter Pruitt, 71, a retired school principal from Macon, Georgia. "Then my wife got sick, and we spent the last four days of our vacation in a room with no window."

Hector Villalobos of Tampa said the crew had been "cleaning around the clock" and that he did not blame them.

The CDC's Vessel Sanitation Program sent two inspectors to meet the ship. It was the fourth outbreak on a cruise ship reported to the agency this year, and the second on a Coral Meridian vessel since July.

Norovirus spreads easily in close quarters and through contaminated food and surfaces. Most people recover within one to three days.

The Ocean Lark is scheduled to sail again Saturday, after an extra day in port for cleaning, the company said.""",
[
 ('Fort Lauderdale', 'GPE', ['Fort Lauderdale']),
 ('Florida', 'GPE', ['Fla.']),
 ('Caribbean', 'LOC', ['Caribbean']),
 ('Coral Meridian Cruises', 'ORG', ['Coral Meridian Cruises', 'Coral Meridian']),
 ('Centers for Disease Control and Prevention', 'ORG', ['Centers for Disease Control and Prevention', 'CDC']),
 ('Port Everglades', 'LOC', ['Port Everglades']),
 ('Cozumel', 'GPE', ['Cozumel']),
 ('Mexico', 'GPE', ['Mexico']),
 ('Roatán', 'GPE', ['Roatán']),
 ('Honduras', 'GPE', ['Honduras']),
 ('Danielle Reyes', 'PERSON', ['Danielle Reyes']),
 ('Walter Pruitt', 'PERSON', ['Walter Pruitt']),
 ('Macon', 'GPE', ['Macon']),
 ('Georgia', 'GPE', ['Georgia']),
 ('Hector Villalobos', 'PERSON', ['Hector Villalobos']),
 ('Tampa', 'GPE', ['Tampa']),
 ('Vessel Sanitation Program', 'ORG', ['Vessel Sanitation Program']),
],
[
 ('The health of our guests and', 'Danielle Reyes', ['Danielle Reyes', 'Coral Meridian Cruises']),
 ("By Wednesday you couldn't get near", 'Walter Pruitt'),
 ('Then my wife got sick, and', 'Walter Pruitt'),
 ('cleaning around the clock', 'Hector Villalobos'),
],
[
 ('Monday', 'cruise that returned Monday', '2024-10-21'),
 ('Thursday', 'Prevention on Thursday', '2024-10-17'),
 ('Oct. 14', 'Port Everglades on Oct. 14', '2024-10-14'),
 ('Wednesday', "By Wednesday you couldn't", '2024-10-16'),
 ('this year', 'reported to the agency this year', '2024'),
 ('July', 'Coral Meridian vessel since July', '2024-07'),
 ('Saturday', 'sail again Saturday', '2024-10-26'),
],
),

'inv-162-garvan-forgeries': (
'Kilkenny framer jailed for selling forged Garvan landscapes', '2024-06-14',
"""A Kilkenny picture framer who sold at least 14 forged paintings as the work of the landscape artist Eilís Garvan has been jailed for four years.

Cathal Brannigan (61), of Ballyragget Road, Kilkenny, had pleaded guilty at Dublin Circuit Criminal Court to deception and to using false instruments between 2016 and 2021. The paintings, which he passed off as lost works from Garvan's years on Achill Island, fetched more than €410,000.

Sentencing Brannigan yesterday, Judge Orlaith Kinsella said it had been "a sustained, skilful and cynical fraud".

"It has done real damage not only to the people who bought these paintings, but to the reputation of an artist who cannot speak for herself," the judge said.

Detective Sergeant Fiachra Dunleavy of the Garda National Economic Crime Bureau told the court that the scheme began to unravel in 2021, when a collector in Vancouver who had bought two of the works asked a conservator to clean one. Analysis found a synthetic pigment that was not manufactured until decades after Garvan's death in 1951. The RCMP then contacted gardaí.

"He was very good and he was very patient," Det Sgt Dunleavy said. "He bought old frames and canvases at house clearances and built a history around each picture, with letters, labels and gallery stamps."

The GNECB traced the remaining paintings to buyers in Ireland, Canada and Switzerland. Eight have been recovered.

Counsel for Brannigan, Aoife Hennessy SC, said her client had fallen into serious debt after his framing business collapsed and had "never set out to become a forger". He had co-operated fully and had been in custody since last month, she said.

Garvan's grandniece, Roisín Garvan-Molloy, who was in court, said the family was relieved.

"Every time one of these turned up, people asked us whether it was real," she said. "Now at least we can answer them."

The judge suspended the final year of the sentence and adjourned the question of compensation for victims to a hearing in October.""",
[
 ('Kilkenny', 'GPE', ['Kilkenny']),
 ('Eilís Garvan', 'PERSON', ['Eilís Garvan', 'Garvan']),
 ('Cathal Brannigan', 'PERSON', ['Cathal Brannigan', 'Brannigan']),
 ('Ballyragget Road', 'LOC', ['Ballyragget Road']),
 ('Dublin Circuit Criminal Court', 'ORG', ['Dublin Circuit Criminal Court']),
 ('Achill Island', 'LOC', ['Achill Island']),
 ('Orlaith Kinsella', 'PERSON', ['Orlaith Kinsella']),
 ('Fiachra Dunleavy', 'PERSON', ['Fiachra Dunleavy', 'Dunleavy']),
 ('Garda National Economic Crime Bureau', 'ORG', ['Garda National Economic Crime Bureau', 'GNECB']),
 ('Vancouver', 'GPE', ['Vancouver']),
 ('Royal Canadian Mounted Police', 'ORG', ['RCMP']),
 ('Ireland', 'GPE', ['Ireland']),
 ('Canada', 'GPE', ['Canada']),
 ('Switzerland', 'GPE', ['Switzerland']),
 ('Aoife Hennessy', 'PERSON', ['Aoife Hennessy']),
 ('Roisín Garvan-Molloy', 'PERSON', ['Roisín Garvan-Molloy']),
],
[
 ('a sustained, skilful and cynical fraud', 'Orlaith Kinsella'),
 ('It has done real damage not', 'Orlaith Kinsella'),
 ('He was very good and he', 'Fiachra Dunleavy'),
 ('He bought old frames and canvases', 'Fiachra Dunleavy'),
 ('never set out to become a', 'Aoife Hennessy'),
 ('Every time one of these turned', 'Roisín Garvan-Molloy'),
 ('Now at least we can answer', 'Roisín Garvan-Molloy'),
],
[
 ('2016', 'between 2016 and', '2016'),
 ('2021', '2016 and 2021', '2021'),
 ('yesterday', 'Sentencing Brannigan yesterday', '2024-06-13'),
 ('2021', 'to unravel in 2021', '2021'),
 ('1951', "Garvan's death in 1951", '1951'),
 ('last month', 'in custody since last month', '2024-05'),
 ('October', 'a hearing in October', '2024-10'),
],
),

'inv-163-lagos-waterfront-protest': (
'Evicted Ebute-Akala residents protest at Alausa, demand resettlement', '2025-05-09',
"""Hundreds of residents of the demolished Ebute-Akala waterfront community in Lagos on Thursday marched to the Lagos State Secretariat in Alausa, Ikeja, demanding compensation and resettlement five months after their homes were pulled down.

The protesters, many of them women with babies strapped to their backs, sang and waved placards as policemen blocked the main gate of the secretariat.

Ebute-Akala, a fishing settlement on the edge of the Lagos Lagoon, was demolished in December last year by the Lagos State Government, which said the structures had been built on a drainage setback and posed a security risk.

The Baale of Ebute-Akala, Chief Ayodele Ogunsanya, said the community had existed long before the city grew around it.

"We have lived on this water for four generations. Our fathers were fishing here before there was any Third Mainland Bridge," Ogunsanya said. "They destroyed our houses in one morning, and since then nobody from government has come to ask where we are sleeping."

The Waterfront Residents Alliance, a coalition of community groups backing the protesters, estimated that about 4,700 people were displaced. Its coordinator, Ms Halima Usman-Bello, said the WRA had written to the UN special rapporteur on adequate housing.

"What happened at Ebute-Akala was a forced eviction, plain and simple. No notice, no enumeration, no alternative accommodation," she told our correspondent.

Addressing the crowd, the Permanent Secretary, Ministry of Physical Planning and Urban Development, Mrs Folake Odunsi, said the state government would begin verifying former residents next week.

"Government is not deaf. Anybody who can show that he or she lived there will be captured and considered," Odunsi said, urging the protesters to go home peacefully.

The spokesperson for the Lagos State Police Command, SP Adaeze Nwachukwu, said the protest ended without incident and no arrest was made.

Rights groups have compared the demolition to the clearance of Otodo-Gbame in 2017, when thousands of waterfront residents were forcibly evicted.""",
[
 ('Ebute-Akala', 'GPE', ['Ebute-Akala']),
 ('Lagos', 'GPE', ['Lagos']),
 ('Lagos State Secretariat', 'LOC', ['Lagos State Secretariat']),
 ('Alausa', 'GPE', ['Alausa']),
 ('Ikeja', 'GPE', ['Ikeja']),
 ('Lagos Lagoon', 'LOC', ['Lagos Lagoon']),
 ('Lagos State Government', 'ORG', ['Lagos State Government']),
 ('Ayodele Ogunsanya', 'PERSON', ['Ayodele Ogunsanya', 'Ogunsanya']),
 ('Third Mainland Bridge', 'LOC', ['Third Mainland Bridge']),
 ('Waterfront Residents Alliance', 'ORG', ['Waterfront Residents Alliance', 'WRA']),
 ('Halima Usman-Bello', 'PERSON', ['Halima Usman-Bello']),
 ('United Nations', 'ORG', ['UN']),
 ('Ministry of Physical Planning and Urban Development', 'ORG', ['Ministry of Physical Planning and Urban Development']),
 ('Folake Odunsi', 'PERSON', ['Folake Odunsi', 'Odunsi']),
 ('Lagos State Police Command', 'ORG', ['Lagos State Police Command']),
 ('Adaeze Nwachukwu', 'PERSON', ['Adaeze Nwachukwu']),
 ('Otodo-Gbame', 'GPE', ['Otodo-Gbame']),
],
[
 ('We have lived on this water', 'Ayodele Ogunsanya'),
 ('They destroyed our houses in one', 'Ayodele Ogunsanya'),
 ('What happened at Ebute-Akala was a', 'Halima Usman-Bello'),
 ('Government is not deaf. Anybody who', 'Folake Odunsi'),
],
[
 ('Thursday', 'Lagos on Thursday marched', '2025-05-08'),
 ('December last year', 'demolished in December last year', '2024-12'),
 ('next week', 'former residents next week', '2025-W20'),
 ('2017', 'Otodo-Gbame in 2017', '2017'),
],
),

'inv-164-black-ferns-test': (
"Whaanga's late penalty sees Black Ferns past Wallaroos in Dunedin", '2024-08-18',
"""The Black Ferns survived a late Wallaroos fightback to win 29-24 at Forsyth Barr Stadium in Dunedin on Saturday night, with first five-eighth Kahurangi Whaanga kicking the match-winning penalty two minutes from time.

The home side led 22-5 at halftime after tries to wing Losana Vaka, hooker Ellie McCracken and No 8 Tia Hēnare-Watts, and looked to be cruising when Vaka crossed for her second early in the second spell.

But the visitors scored three tries in 20 minutes, two of them from driving mauls, and captain Mahalia Tuipulotu's converted try in the 74th minute levelled the scores at 24-all.

Whaanga, who had missed two earlier conversions, then slotted a 35-metre penalty from near the touchline.

"I just tried not to look at the scoreboard," she said. "The forwards had earned that penalty, so I owed them one."

Black Ferns coach Rosalind Tuhiwai was relieved rather than pleased.

"We made it a lot harder than it needed to be," Tuhiwai said. "At 22-5 we stopped doing the simple things. But I loved that when it got tight nobody panicked. Kahurangi wanted the ball in her hands at the end, and that's what you want from your No 10."

Tuipulotu said her side had given themselves too much to do.

"You can't give them a 17-point start in Dunedin and expect to win," the Wallaroos captain said. "But we know now we can live with them for 80 minutes."

McCracken left the field in the 50th minute with a shoulder injury and will have scans on Monday. New Zealand Rugby said the crowd of 18,400 was the biggest for a Black Ferns home test since 2022.

The sides meet again at Suncorp Stadium in Brisbane next Saturday. The Wallaroos have not beaten the Black Ferns since 2019.""",
[
 ('Black Ferns', 'ORG', ['Black Ferns']),
 ('Wallaroos', 'ORG', ['Wallaroos']),
 ('Forsyth Barr Stadium', 'LOC', ['Forsyth Barr Stadium']),
 ('Dunedin', 'GPE', ['Dunedin']),
 ('Kahurangi Whaanga', 'PERSON', ['Kahurangi Whaanga', 'Whaanga', 'Kahurangi']),
 ('Losana Vaka', 'PERSON', ['Losana Vaka', 'Vaka']),
 ('Ellie McCracken', 'PERSON', ['Ellie McCracken', 'McCracken']),
 ('Tia Hēnare-Watts', 'PERSON', ['Tia Hēnare-Watts']),
 ('Mahalia Tuipulotu', 'PERSON', ['Mahalia Tuipulotu', 'Tuipulotu']),
 ('Rosalind Tuhiwai', 'PERSON', ['Rosalind Tuhiwai', 'Tuhiwai']),
 ('New Zealand Rugby', 'ORG', ['New Zealand Rugby']),
 ('Suncorp Stadium', 'LOC', ['Suncorp Stadium']),
 ('Brisbane', 'GPE', ['Brisbane']),
],
[
 ('I just tried not to look', 'Kahurangi Whaanga'),
 ('The forwards had earned that penalty', 'Kahurangi Whaanga'),
 ('We made it a lot harder', 'Rosalind Tuhiwai'),
 ('At 22-5 we stopped doing the', 'Rosalind Tuhiwai'),
 ("You can't give them a 17-point", 'Mahalia Tuipulotu'),
 ('But we know now we can', 'Mahalia Tuipulotu'),
],
[
 ('Saturday night', 'Dunedin on Saturday night', '2024-08-17'),
 ('Monday', 'scans on Monday', '2024-08-19'),
 ('2022', 'home test since 2022', '2022'),
 ('next Saturday', 'Brisbane next Saturday', '2024-08-24'),
 ('2019', 'Black Ferns since 2019', '2019'),
],
),
}

HELD_OUT_LAST: dict[str, tuple] = {

'inv-165-suffolk-bird-flu-cull': (
'Bird flu confirmed at Suffolk turkey farm weeks before Christmas', '2024-11-21',
"""About 40,000 turkeys are being culled at a farm near Framlingham in Suffolk after a highly pathogenic strain of bird flu was confirmed there, weeks before the farm's busiest time of the year.

The Department for Environment, Food and Rural Affairs said on Wednesday that H5N1 had been found in birds at Brackenhall Farm, where staff reported a sudden rise in deaths on Sunday. A 3km protection zone and a 10km surveillance zone have been put in place around the site.

The UK's chief veterinary officer, Dr Helen Achterberg, said the risk to public health remained very low. 'Properly cooked poultry and eggs are perfectly safe to eat,' she said. 'But the risk to birds is high, and keepers right across the east of England need to be scrupulous about biosecurity.'

Dr Achterberg said an order requiring all poultry in Suffolk and neighbouring counties to be kept indoors would come into force at noon on 25 November.

The farm is run by Graham Ashworth, whose family have reared turkeys there for three generations. He said the outbreak had come 'at the worst possible moment'.

'We had orders from butchers as far away as Norwich for Christmas,' Mr Ashworth said. 'Those birds were due to go out in early December. Now every one of them has to go.'

He said the family would be compensated only for healthy birds.

The Animal and Plant Health Agency (APHA) said its officials were tracing all movements of birds, people and vehicles onto the farm since the start of the month. It is the fourth confirmed case in England since the beginning of October, following outbreaks in North Yorkshire and Cheshire last month.

Nadia Karimova, who keeps 200 free-range hens on a smallholding near Saxmundham, inside the surveillance zone, said she had shut her flock indoors on Tuesday night. 'They hate it, and frankly so do I, but I'm not taking any chances,' she said.

The British Poultry Council said the industry was 'braced for a difficult few months' and urged anyone keeping birds to register them with APHA by Friday.""",
[
 ('Framlingham', 'GPE', ['Framlingham']),
 ('Suffolk', 'GPE', ['Suffolk']),
 ('Department for Environment, Food and Rural Affairs', 'ORG', ['Department for Environment, Food and Rural Affairs']),
 ('Brackenhall Farm', 'LOC', ['Brackenhall Farm']),
 ('UK', 'GPE', ['UK']),
 ('Helen Achterberg', 'PERSON', ['Helen Achterberg', 'Achterberg']),
 ('England', 'GPE', ['England']),
 ('Graham Ashworth', 'PERSON', ['Graham Ashworth', 'Ashworth']),
 ('Norwich', 'GPE', ['Norwich']),
 ('Animal and Plant Health Agency', 'ORG', ['Animal and Plant Health Agency', 'APHA']),
 ('North Yorkshire', 'GPE', ['North Yorkshire']),
 ('Cheshire', 'GPE', ['Cheshire']),
 ('Nadia Karimova', 'PERSON', ['Nadia Karimova']),
 ('Saxmundham', 'GPE', ['Saxmundham']),
 ('British Poultry Council', 'ORG', ['British Poultry Council']),
],
[
 ('Properly cooked poultry and eggs are perfectly', 'Helen Achterberg'),
 ('But the risk to birds is high', 'Helen Achterberg'),
 ('at the worst possible moment', 'Graham Ashworth'),
 ('We had orders from butchers as', 'Graham Ashworth'),
 ('Those birds were due to go', 'Graham Ashworth'),
 ('They hate it, and frankly so', 'Nadia Karimova'),
 ('braced for a difficult few months', 'British Poultry Council'),
],
[
 ('Wednesday', 'said on Wednesday that H5N1', '2024-11-20'),
 ('Sunday', 'sudden rise in deaths on Sunday', '2024-11-17'),
 ('25 November', 'at noon on 25 November', '2024-11-25'),
 ('Christmas', 'as far away as Norwich for Christmas', '2024-12-25'),
 ('early December', 'due to go out in early December', '2024-12'),
 ('the start of the month', 'onto the farm since the start of the month', '2024-11'),
 ('the beginning of October', 'since the beginning of October', '2024-10'),
 ('last month', 'Cheshire last month', '2024-10'),
 ('Tuesday', 'indoors on Tuesday night', '2024-11-19'),
 ('Friday', 'with APHA by Friday', '2024-11-22'),
],
),

'inv-166-bayelsa-oil-spill': (
'Bayelsa community accuses oil firm of neglect as spill spreads', '2023-08-14',
"""YENAGOA — Fishermen and farmers in Ayama-Ebiri, a riverine community in the Southern Ijaw area of Bayelsa State, have accused an oil company of abandoning them to a spill that has coated their creeks with crude for almost two weeks.

The leak, from a pipeline operated by Tarrex Energy Nigeria Limited, was first noticed by residents on July 31, according to the community's youth leader, Mr. Preye Ebikeme. He said the company did not send a team to the site until last Thursday.

"Our fish ponds are finished. The nets come out black, and the women can no longer go to the farm because the swamp is full of oil," Ebikeme told our correspondent in Yenagoa on Sunday. "Some families have started drinking rainwater because the stream is spoilt.

"We are not asking for a favour. We are asking Tarrex to clean what it spilled and to pay for what it has destroyed."

In a statement signed by its spokesperson, Mrs. Ibiere Alagoa, Tarrex said the leak was caused by "third-party interference" on the 14-inch line, which it said had since been shut in. "Containment booms have been deployed and recovery of the spilled volume is ongoing," the statement said.

The National Oil Spill Detection and Response Agency (NOSDRA) said it would lead a joint investigation visit to the site on Wednesday with officials of the company, community representatives and the Bayelsa State Ministry of Environment. The visit is meant to establish the cause of the leak and the volume of crude spilled.

Environmental experts warned that delays could make the damage far harder to reverse.

"Every day the oil sits in the mangroves, it goes deeper into the soil and the roots, and the clean-up becomes slower and more expensive," said Dr. Ebiowei Tarila, an environmental scientist based in Yenagoa.

NOSDRA data show that more than 400 oil spills were recorded across the Niger Delta last year, most of them blamed on sabotage and theft from pipelines. Host communities have long complained that compensation is slow and that clean-ups are often left unfinished.""",
[
 ('Yenagoa', 'GPE', ['YENAGOA', 'Yenagoa']),
 ('Ayama-Ebiri', 'GPE', ['Ayama-Ebiri']),
 ('Southern Ijaw', 'GPE', ['Southern Ijaw']),
 ('Bayelsa State', 'GPE', ['Bayelsa State']),
 ('Tarrex Energy Nigeria Limited', 'ORG', ['Tarrex Energy Nigeria Limited', 'Tarrex']),
 ('Preye Ebikeme', 'PERSON', ['Preye Ebikeme', 'Ebikeme']),
 ('Ibiere Alagoa', 'PERSON', ['Ibiere Alagoa']),
 ('National Oil Spill Detection and Response Agency', 'ORG', ['National Oil Spill Detection and Response Agency', 'NOSDRA']),
 ('Bayelsa State Ministry of Environment', 'ORG', ['Bayelsa State Ministry of Environment']),
 ('Ebiowei Tarila', 'PERSON', ['Ebiowei Tarila']),
 ('Niger Delta', 'LOC', ['Niger Delta']),
],
[
 ('Our fish ponds are finished. The', 'Preye Ebikeme'),
 ('Some families have started drinking rainwater', 'Preye Ebikeme'),
 ('We are not asking for a', 'Preye Ebikeme'),
 ('third-party interference', 'Tarrex Energy Nigeria Limited', ['Tarrex Energy Nigeria Limited', 'Ibiere Alagoa']),
 ('Containment booms have been deployed and', 'Tarrex Energy Nigeria Limited', ['Tarrex Energy Nigeria Limited', 'Ibiere Alagoa']),
 ('Every day the oil sits in', 'Ebiowei Tarila'),
],
[
 ('July 31', 'by residents on July 31', '2023-07-31'),
 ('last Thursday', 'until last Thursday', '2023-08-10'),
 ('Sunday', 'in Yenagoa on Sunday', '2023-08-13'),
 ('Wednesday', 'to the site on Wednesday', '2023-08-16'),
 ('last year', 'Niger Delta last year', '2022'),
],
),

'inv-167-state-bank-governor': (
'Former IMF economist named State Bank governor', '2025-06-03',
"""ISLAMABAD, June 3: The federal cabinet on Tuesday approved the appointment of Dr Nadeem Iqbal Khattak, a former senior economist at the International Monetary Fund, as governor of the State Bank of Pakistan (SBP) for a five-year term.

Dr Khattak, 58, will succeed Asad Mehmood Chaudhry, whose term ends on June 20, according to a notification issued by the Cabinet Division. He is expected to take charge the following day.

The appointment comes at a sensitive moment for Pakistan's economy. The SBP cut its policy rate by 100 basis points to 11 per cent last month, and an IMF mission is due in Islamabad next week to review progress under the country's loan programme.

"Dr Khattak brings deep experience of both monetary policy and programme negotiations, and the government is confident he will safeguard the independence of the central bank," the Ministry of Finance said in a statement.

Finance Minister Tariq Hameed Lodhi, speaking to reporters after the cabinet meeting, said: "We wanted someone the markets and our international partners already trust. Dr Khattak is that person."

Analysts largely welcomed the choice. "Markets will read this as a vote for continuity," said Ayesha Rind, head of research at Karachi-based Indus Crest Securities. "The real test is whether he is willing to hold rates if inflation picks up again after the budget."

The federal budget is due to be presented in the National Assembly on June 10.

Mr Chaudhry, who took office in 2020, congratulated his successor in a message to bank staff. "The institution is in good hands," he wrote.

The Pakistan Stock Exchange's benchmark index closed 0.8 per cent higher on Tuesday, with dealers citing relief that the post had been filled without a long delay.""",
[
 ('Islamabad', 'GPE', ['ISLAMABAD', 'Islamabad']),
 ('Nadeem Iqbal Khattak', 'PERSON', ['Nadeem Iqbal Khattak', 'Khattak']),
 ('International Monetary Fund', 'ORG', ['International Monetary Fund', 'IMF']),
 ('State Bank of Pakistan', 'ORG', ['State Bank of Pakistan', 'SBP']),
 ('Asad Mehmood Chaudhry', 'PERSON', ['Asad Mehmood Chaudhry', 'Chaudhry']),
 ('Cabinet Division', 'ORG', ['Cabinet Division']),
 ('Pakistan', 'GPE', ['Pakistan']),
 ('Ministry of Finance', 'ORG', ['Ministry of Finance']),
 ('Tariq Hameed Lodhi', 'PERSON', ['Tariq Hameed Lodhi']),
 ('Ayesha Rind', 'PERSON', ['Ayesha Rind']),
 ('Karachi', 'GPE', ['Karachi']),
 ('Indus Crest Securities', 'ORG', ['Indus Crest Securities']),
 ('National Assembly', 'ORG', ['National Assembly']),
 ('Pakistan Stock Exchange', 'ORG', ['Pakistan Stock Exchange']),
],
[
 ('Dr Khattak brings deep experience of both', 'Ministry of Finance'),
 ('We wanted someone the markets and', 'Tariq Hameed Lodhi'),
 ('Markets will read this as a', 'Ayesha Rind'),
 ('The real test is whether he', 'Ayesha Rind'),
 ('The institution is in good hands', 'Asad Mehmood Chaudhry'),
],
[
 ('June 3', 'ISLAMABAD, June 3', '2025-06-03'),
 ('Tuesday', 'cabinet on Tuesday approved', '2025-06-03'),
 ('June 20', 'term ends on June 20', '2025-06-20'),
 ('the following day', 'take charge the following day', '2025-06-21'),
 ('last month', '11 per cent last month', '2025-05'),
 ('next week', 'in Islamabad next week', '2025-W24'),
 ('June 10', 'National Assembly on June 10', '2025-06-10'),
 ('2020', 'took office in 2020', '2020'),
 ('Tuesday', '0.8 per cent higher on Tuesday', '2025-06-03'),
],
),

'inv-168-durban-crush-inquiry': (
'Durban crush inquiry told only two of six gates were opened', '2024-03-07',
"""DURBAN – Security staff at Durban's Umgeni Park Arena were ordered to open only two of the venue's six gates as crowds built up before the concert at which nine people were crushed to death in November, a commission of inquiry heard on Wednesday.

The venue's former head of security, Bongani Mthethwa, told the commission that the instruction came from an operations manager employed by the concert promoter, Silverline Live Entertainment.

"I told them two gates would not be enough for 30 000 people. I was told the other gates were for VIPs and staff, and that was final," Mthethwa said.

He said he had raised his concerns at a planning meeting on November 14, ahead of the show by American singer Marisol Quintero. Under cross-examination by advocate Reza Moosa SC, for Silverline, he conceded that he had not put them in writing.

At the start of the day's proceedings, the commission's chairperson, retired judge Lindiwe Ngcobo, reminded those present of the inquiry's purpose: "This commission is not a criminal court, but it will not shy away from finding that people failed in their duties."

Silverline has denied responsibility. In a statement issued after Wednesday's hearing, the company said it "continues to co-operate fully with the commission" and that crowd control at the gates "was at all times the responsibility of the venue operator".

The arena is owned by the eThekwini Municipality, whose officials are expected to testify next week. The South African Police Service has opened nine cases of culpable homicide, but no arrests have been made.

Zanele Khumalo, whose 19-year-old daughter was among those killed, has attended every day of the hearings.

"We are here because we want the truth. My child went to a concert and came home in a coffin," she said during the lunch adjournment.

The commission was appointed by the KwaZulu-Natal provincial government in December and must deliver its report by the end of June.""",
[
 ('Durban', 'GPE', ['DURBAN', 'Durban']),
 ('Umgeni Park Arena', 'LOC', ['Umgeni Park Arena']),
 ('Bongani Mthethwa', 'PERSON', ['Bongani Mthethwa', 'Mthethwa']),
 ('Silverline Live Entertainment', 'ORG', ['Silverline Live Entertainment', 'Silverline']),
 ('Marisol Quintero', 'PERSON', ['Marisol Quintero']),
 ('Reza Moosa', 'PERSON', ['Reza Moosa']),
 ('Lindiwe Ngcobo', 'PERSON', ['Lindiwe Ngcobo']),
 ('eThekwini Municipality', 'ORG', ['eThekwini Municipality']),
 ('South African Police Service', 'ORG', ['South African Police Service']),
 ('Zanele Khumalo', 'PERSON', ['Zanele Khumalo']),
 ('KwaZulu-Natal', 'GPE', ['KwaZulu-Natal']),
],
[
 ('I told them two gates would', 'Bongani Mthethwa'),
 ('This commission is not a criminal', 'Lindiwe Ngcobo'),
 ('continues to co-operate fully with the', 'Silverline Live Entertainment'),
 ('was at all times the responsibility', 'Silverline Live Entertainment'),
 ('We are here because we want', 'Zanele Khumalo'),
],
[
 ('November', 'crushed to death in November', '2023-11'),
 ('Wednesday', 'commission of inquiry heard on Wednesday', '2024-03-06'),
 ('November 14', 'planning meeting on November 14', '2023-11-14'),
 ('Wednesday', "issued after Wednesday's hearing", '2024-03-06'),
 ('next week', 'expected to testify next week', '2024-W11'),
 ('December', 'provincial government in December', '2023-12'),
 ('the end of June', 'its report by the end of June', '2024-06'),
],
),

'inv-169-literary-prize': (
'Assamese novelist Rituparna Baruah wins Kalpavriksha Prize', '2022-11-19',
"""Kolkata: Assamese writer Rituparna Baruah on Friday won the Kalpavriksha Prize for Indian Fiction, one of the country's richest literary awards, for her novel A River Without Banks, which follows three generations of a family displaced by erosion along the Brahmaputra.

The prize, which carries a purse of ₹25 lakh, was announced at a ceremony in Kolkata. The book's translator, Joyeeta Hazarika, will receive ₹10 lakh, according to the Kalpavriksha Literary Trust, which administers the award.

Baruah, 47, teaches history at a government school in Guwahati and wrote the novel over eight years, "mostly at night, after correcting homework", she told reporters after the ceremony.

"I wrote this book for the people of Dhalpur Chapori, who have lost their land to the river three times in my lifetime," she said. "This prize belongs to them as much as to me."

The jury, chaired by literary historian Professor Anirudh Menon, chose the book from a shortlist of six titles announced in September. Prof. Menon described it as "a novel of enormous patience and enormous anger, which never once confuses the two".

Hazarika's English translation was published by Sahyadri House in January; the original Assamese edition appeared in 2019.

The trust's managing trustee, Kavita Sehgal, said entries had come from 19 languages this year, the highest number since the prize was founded in 2015. "Translators are finally getting the attention they deserve, and readers are following them," Ms Sehgal said.

Last year's prize went to the Tamil novelist S. Ilangovan for his debut, Salt Roads.

Baruah said she would use part of the prize money to set up libraries for children in the char villages of lower Assam, where many schools are cut off for weeks during the monsoon floods.""",
[
 ('Kolkata', 'GPE', ['Kolkata']),
 ('Rituparna Baruah', 'PERSON', ['Rituparna Baruah', 'Baruah']),
 ('Brahmaputra', 'LOC', ['Brahmaputra']),
 ('Joyeeta Hazarika', 'PERSON', ['Joyeeta Hazarika', 'Hazarika']),
 ('Kalpavriksha Literary Trust', 'ORG', ['Kalpavriksha Literary Trust']),
 ('Guwahati', 'GPE', ['Guwahati']),
 ('Dhalpur Chapori', 'GPE', ['Dhalpur Chapori']),
 ('Anirudh Menon', 'PERSON', ['Anirudh Menon', 'Menon']),
 ('Sahyadri House', 'ORG', ['Sahyadri House']),
 ('Kavita Sehgal', 'PERSON', ['Kavita Sehgal', 'Sehgal']),
 ('S. Ilangovan', 'PERSON', ['S. Ilangovan']),
 ('Assam', 'GPE', ['Assam']),
],
[
 ('mostly at night, after correcting homework', 'Rituparna Baruah'),
 ('I wrote this book for the', 'Rituparna Baruah'),
 ('This prize belongs to them as', 'Rituparna Baruah'),
 ('a novel of enormous patience and', 'Anirudh Menon'),
 ('Translators are finally getting the attention', 'Kavita Sehgal'),
],
[
 ('Friday', 'Rituparna Baruah on Friday won', '2022-11-18'),
 ('September', 'titles announced in September', '2022-09'),
 ('January', 'Sahyadri House in January', '2022-01'),
 ('2019', 'edition appeared in 2019', '2019'),
 ('this year', '19 languages this year', '2022'),
 ('2015', 'was founded in 2015', '2015'),
 ('Last year', "Last year's prize went", '2021'),
],
),

'inv-170-marsabit-ceasefire-talks': (
'Marsabit elders sign ceasefire after weeks of revenge attacks', '2023-02-20',
"""Elders from two pastoralist communities in northern Kenya's Marsabit County have agreed to an immediate ceasefire after weeks of revenge attacks over water and pasture that have left at least 14 people dead.

The deal was signed on Saturday after three days of talks in Marsabit town brokered by the National Cohesion and Integration Commission (NCIC) and the county government. Under the agreement, both sides will return stolen livestock within 21 days and share the contested wells at Gamura under the supervision of a joint committee.

NCIC chairperson Dr Halima Golicha said the communities had accepted that the killings were hurting everyone.

"Nobody won this war. Every family in Gamura and Elle Dimtu has either buried someone or is hiding someone," Dr Golicha said after the signing ceremony.

The violence escalated earlier this month when raiders drove off more than 600 goats and 80 camels from grazing fields near Elle Dimtu, sparking a series of reprisal attacks on homesteads on both sides.

Mzee Guyo Wario, 71, signed on behalf of the Elle Dimtu elders. "We have agreed because our young men are dying. If the animals are returned, there will be no reason to carry guns," he said.

Women's groups, however, criticised the process. According to Amina Roba, who chairs the Marsabit Women for Peace network, "the women were never invited to the table, yet we are the ones who count the dead and feed the orphans."

County Commissioner Fredrick Moseti said 120 additional police officers had been deployed to the area last week and that a dusk-to-dawn curfew would remain in force until the end of the month.

In a statement on Sunday, the Ministry of Interior and National Administration said security operations would continue "until every illegal firearm in the region is recovered and surrendered".""",
[
 ('Kenya', 'GPE', ['Kenya']),
 ('Marsabit County', 'GPE', ['Marsabit County']),
 ('Marsabit', 'GPE', ['Marsabit']),
 ('National Cohesion and Integration Commission', 'ORG', ['National Cohesion and Integration Commission', 'NCIC']),
 ('Gamura', 'GPE', ['Gamura']),
 ('Halima Golicha', 'PERSON', ['Halima Golicha', 'Golicha']),
 ('Elle Dimtu', 'GPE', ['Elle Dimtu']),
 ('Guyo Wario', 'PERSON', ['Guyo Wario']),
 ('Amina Roba', 'PERSON', ['Amina Roba']),
 ('Marsabit Women for Peace', 'ORG', ['Marsabit Women for Peace']),
 ('Fredrick Moseti', 'PERSON', ['Fredrick Moseti']),
 ('Ministry of Interior and National Administration', 'ORG', ['Ministry of Interior and National Administration']),
],
[
 ('Nobody won this war. Every family', 'Halima Golicha'),
 ('We have agreed because our young', 'Guyo Wario'),
 ('the women were never invited to', 'Amina Roba'),
 ('until every illegal firearm in the', 'Ministry of Interior and National Administration'),
],
[
 ('Saturday', 'signed on Saturday', '2023-02-18'),
 ('earlier this month', 'escalated earlier this month', '2023-02'),
 ('last week', 'to the area last week', '2023-W07'),
 ('the end of the month', 'until the end of the month', '2023-02'),
 ('Sunday', 'In a statement on Sunday', '2023-02-19'),
],
),

'inv-171-supermarket-price-war': (
'Supermarket price war hits milk and mince as Banksia and ValuMart trade blows', '2025-03-11',
"""Shoppers in Queensland and New South Wales are paying less for milk, bread and mince this week after two of the country's biggest grocers slashed prices on hundreds of staples, in what analysts are calling the fiercest supermarket price war in a decade.

Banksia Fresh Markets fired the first shot last Tuesday, cutting prices on 400 lines by an average of 12 per cent. ValuMart Australia matched most of the cuts within 48 hours, then went further on Sunday, dropping its home-brand two-litre milk to $2.

"We're not going to be undersold, full stop," ValuMart chief executive Roberto Ferlazzo told reporters at a store opening in Toowoomba on Monday. "If a family can save twenty bucks a week at our checkouts, that's what we're here for."

Banksia's chief executive, Shanthi Ramaswamy, said the chain had planned the cuts for months and could sustain them until at least the end of April. "This isn't a stunt. We've taken costs out of our supply chain and we're handing that back," she said.

Dairy farmers are less enthusiastic. "Every time milk becomes a weapon in these fights, it's the farmer who ends up bleeding," said Hamish Kerrigan, who milks 350 cows on the Darling Downs. He said processors had already warned suppliers that farm-gate prices would be reviewed in July.

The Australian Competition and Consumer Commission said it was monitoring the discounting closely. An ACCC spokeswoman said the regulator would act if either chain used its buying power to push costs onto suppliers, as an inquiry last year found had happened in the past.

According to Ben O'Dwyer, a retail analyst at Sydney-based Paxton Research, the cuts could wipe more than $300 million from the two chains' combined annual earnings. "Neither of them can afford to blink first," he said.""",
[
 ('Queensland', 'GPE', ['Queensland']),
 ('New South Wales', 'GPE', ['New South Wales']),
 ('Banksia Fresh Markets', 'ORG', ['Banksia Fresh Markets', 'Banksia']),
 ('ValuMart Australia', 'ORG', ['ValuMart Australia', 'ValuMart']),
 ('Roberto Ferlazzo', 'PERSON', ['Roberto Ferlazzo']),
 ('Toowoomba', 'GPE', ['Toowoomba']),
 ('Shanthi Ramaswamy', 'PERSON', ['Shanthi Ramaswamy']),
 ('Hamish Kerrigan', 'PERSON', ['Hamish Kerrigan']),
 ('Darling Downs', 'LOC', ['Darling Downs']),
 ('Australian Competition and Consumer Commission', 'ORG', ['Australian Competition and Consumer Commission', 'ACCC']),
 ("Ben O'Dwyer", 'PERSON', ["Ben O'Dwyer"]),
 ('Sydney', 'GPE', ['Sydney']),
 ('Paxton Research', 'ORG', ['Paxton Research']),
],
[
 ("We're not going to be undersold,", 'Roberto Ferlazzo'),
 ('If a family can save twenty', 'Roberto Ferlazzo'),
 ("This isn't a stunt. We've taken", 'Shanthi Ramaswamy'),
 ('Every time milk becomes a weapon', 'Hamish Kerrigan'),
 ('Neither of them can afford to', "Ben O'Dwyer"),
],
[
 ('this week', 'mince this week', '2025-W11'),
 ('last Tuesday', 'first shot last Tuesday', '2025-03-04'),
 ('Sunday', 'went further on Sunday', '2025-03-09'),
 ('Monday', 'in Toowoomba on Monday', '2025-03-10'),
 ('the end of April', 'at least the end of April', '2025-04'),
 ('July', 'reviewed in July', '2025-07'),
 ('last year', 'an inquiry last year', '2024'),
],
),

'inv-172-outpatient-waiting-lists': (
'Outpatient waiting list passes 680,000 for first time', '2023-10-13',
"""More than 680,000 people are now waiting for a first appointment with a hospital consultant, according to figures published yesterday by the National Treatment Purchase Fund, the highest total since the NTPF began publishing the data.

The figures, which cover the period to the end of September, show that almost 160,000 of those patients have been waiting for more than 18 months.

Shannonside University Hospital in Limerick has the longest list of any single hospital, with 41,200 people waiting for outpatient appointments, followed by hospitals in Cork and Waterford. Orthopaedics, dermatology and ear, nose and throat services account for the largest numbers.

Bríd Ní Mhurchú, a 62-year-old retired postmistress from Ennis, has been waiting 27 months to see an orthopaedic surgeon about her hip.

"Some days I can't get out of the car at the shops. I've stopped going to Mass altogether," she said. "I was told in March 2022 that it would be a year at most."

Consultants say the system lacks beds and staff. "We are running a modern health service on a bed count that hasn't moved in a generation," said Dr Fergal Kinsella, a consultant rheumatologist at Shannonside. "Whenever the trolley numbers climb, clinics get cancelled and the list grows again."

In a statement, the Health Service Executive said referrals had risen by 9 per cent last year and that hospitals had carried out more outpatient appointments so far this year than in any previous year.

"Tackling waiting lists remains a top priority, and significant additional capacity is being put in place," the HSE said.

Independent TD Deirdre Nagle said she would raise the figures in the Dáil next week. "Behind every one of these numbers is someone in pain, waiting for a letter that never comes," she said.""",
[
 ('National Treatment Purchase Fund', 'ORG', ['National Treatment Purchase Fund', 'NTPF']),
 ('Shannonside University Hospital', 'ORG', ['Shannonside University Hospital', 'Shannonside']),
 ('Limerick', 'GPE', ['Limerick']),
 ('Cork', 'GPE', ['Cork']),
 ('Waterford', 'GPE', ['Waterford']),
 ('Bríd Ní Mhurchú', 'PERSON', ['Bríd Ní Mhurchú']),
 ('Ennis', 'GPE', ['Ennis']),
 ('Fergal Kinsella', 'PERSON', ['Fergal Kinsella']),
 ('Health Service Executive', 'ORG', ['Health Service Executive', 'HSE']),
 ('Deirdre Nagle', 'PERSON', ['Deirdre Nagle']),
 ('Dáil', 'ORG', ['Dáil']),
],
[
 ("Some days I can't get out", 'Bríd Ní Mhurchú'),
 ('I was told in March 2022', 'Bríd Ní Mhurchú'),
 ('We are running a modern health', 'Fergal Kinsella'),
 ('Whenever the trolley numbers climb, clinics', 'Fergal Kinsella'),
 ('Tackling waiting lists remains a top', 'Health Service Executive'),
 ('Behind every one of these numbers', 'Deirdre Nagle'),
],
[
 ('yesterday', 'figures published yesterday', '2023-10-12'),
 ('the end of September', 'the period to the end of September', '2023-09'),
 ('March 2022', 'I was told in March 2022', '2022-03'),
 ('last year', '9 per cent last year', '2022'),
 ('this year', 'so far this year', '2023'),
 ('next week', 'in the Dáil next week', '2023-W42'),
],
),

'inv-173-singer-cancels-tour': (
'Marisol Quintero cancels North American tour after vocal surgery', '2024-05-16',
"""SAN ANTONIO — Marisol Quintero has canceled the rest of her North American tour, saying Wednesday that she needs time to recover from vocal cord surgery and from "the hardest year of my life."

The Grammy-nominated singer, 31, announced the decision in a video posted to her social media accounts, days before she was due to play the first of two sold-out nights at the Mission Ridge Amphitheater in her hometown.

"I have pushed through pain for months because I didn't want to let anybody down," Quintero said in the video. "My doctors have been very clear with me that if I keep singing now, I could lose my voice for good."

A spokeswoman for the singer, Dana Whitcombe, said Quintero had surgery in Houston on May 2 to remove a polyp from her vocal cords. "The operation went well and the prognosis is excellent," the spokeswoman said. "But she needs silence, and she needs rest."

The 38-date tour began in Phoenix in March and was scheduled to run through late August, ending in Atlanta. Silverline, which promoted the tour, said ticket holders would be refunded automatically within 30 days.

Quintero had already scrapped the African leg of her world tour last November after nine fans were killed in a crush outside her concert in Durban, South Africa. She flew to Durban in December to meet the victims' families and has said she thinks about them "every single day."

Fans outside the amphitheater Thursday were disappointed but sympathetic.

"You could hear it at the Denver show that something was wrong," said Kayla Brandt, 24, a nursing student from Corpus Christi who had tickets for Friday's concert. "I'm gutted, but honestly I'm relieved for her."

Whitcombe said Quintero hopes to return to the stage next year, but no dates have been set.""",
[
 ('San Antonio', 'GPE', ['SAN ANTONIO']),
 ('Marisol Quintero', 'PERSON', ['Marisol Quintero', 'Quintero']),
 ('Mission Ridge Amphitheater', 'LOC', ['Mission Ridge Amphitheater']),
 ('Dana Whitcombe', 'PERSON', ['Dana Whitcombe', 'Whitcombe']),
 ('Houston', 'GPE', ['Houston']),
 ('Phoenix', 'GPE', ['Phoenix']),
 ('Atlanta', 'GPE', ['Atlanta']),
 ('Silverline Live Entertainment', 'ORG', ['Silverline']),
 ('Durban', 'GPE', ['Durban']),
 ('South Africa', 'GPE', ['South Africa']),
 ('Denver', 'GPE', ['Denver']),
 ('Kayla Brandt', 'PERSON', ['Kayla Brandt']),
 ('Corpus Christi', 'GPE', ['Corpus Christi']),
],
[
 ('the hardest year of my life', 'Marisol Quintero'),
 ('I have pushed through pain for', 'Marisol Quintero'),
 ('My doctors have been very clear', 'Marisol Quintero'),
 ('The operation went well and the', 'Dana Whitcombe'),
 ('But she needs silence, and she', 'Dana Whitcombe'),
 ('every single day', 'Marisol Quintero'),
 ('You could hear it at the', 'Kayla Brandt'),
 ("I'm gutted, but honestly I'm relieved", 'Kayla Brandt'),
],
[
 ('Wednesday', 'saying Wednesday that she needs', '2024-05-15'),
 ('May 2', 'in Houston on May 2', '2024-05-02'),
 ('March', 'in Phoenix in March', '2024-03'),
 ('late August', 'run through late August', '2024-08'),
 ('last November', 'her world tour last November', '2023-11'),
 ('December', 'flew to Durban in December', '2023-12'),
 ('Thursday', 'outside the amphitheater Thursday', '2024-05-16'),
 ('Friday', "tickets for Friday's concert", '2024-05-17'),
 ('next year', 'return to the stage next year', '2025'),
],
),

'inv-174-snow-crab-quota': (
'Gulf snow crab harvesters threaten to stay home after quota cut', '2024-04-09',
"""HALIFAX — Snow crab harvesters in the southern Gulf of St. Lawrence are threatening to keep their boats tied up after Fisheries and Oceans Canada cut their quota by nearly a third, a decision the industry calls reckless and the department says the science demands.

DFO announced Friday that the total allowable catch for 2024 would be 21,500 tonnes, down from 31,000 tonnes last year, citing a steep drop in the number of adult males found in its trawl surveys.

"We have mortgages on boats and licences that were bought on the assumption this fishery was healthy," said Rémi Thériault, president of the Acadian Crab Harvesters' Association, which represents about 130 licence holders in northeastern New Brunswick. "Nobody from the department ever sat down with us to explain these numbers."

Thériault said members would meet Thursday in Shippagan, N.B., to vote on whether to fish at all. The fishery is scheduled to open April 15.

In an email, DFO spokesperson Mélanie Boudreau said the decline in commercial-sized crab was "significant and sustained" and that the department's scientists had been warning about it for two years.

"Conservation has to come first. Setting a responsible quota now is how we make sure there is a fishery for the next generation," she wrote.

Processors are also bracing for losses. Tom MacIsaac, general manager of Baie des Chaleurs Seafoods Ltd. in Caraquet, said the plant employs about 400 seasonal workers, many of whom rely on the crab season to qualify for employment insurance.

"If the boats don't go out, those people don't work, and if they don't get their hours, they're in real trouble by Christmas," MacIsaac said.

New Brunswick's fisheries minister, Lise Arsenault, said Monday she had written to the federal minister asking for an urgent meeting.""",
[
 ('Halifax', 'GPE', ['HALIFAX']),
 ('Gulf of St. Lawrence', 'LOC', ['Gulf of St. Lawrence']),
 ('Fisheries and Oceans Canada', 'ORG', ['Fisheries and Oceans Canada', 'DFO']),
 ('Rémi Thériault', 'PERSON', ['Rémi Thériault', 'Thériault']),
 ("Acadian Crab Harvesters' Association", 'ORG', ["Acadian Crab Harvesters' Association"]),
 ('New Brunswick', 'GPE', ['New Brunswick', 'N.B.']),
 ('Shippagan', 'GPE', ['Shippagan']),
 ('Mélanie Boudreau', 'PERSON', ['Mélanie Boudreau']),
 ('Tom MacIsaac', 'PERSON', ['Tom MacIsaac', 'MacIsaac']),
 ('Baie des Chaleurs Seafoods Ltd.', 'ORG', ['Baie des Chaleurs Seafoods Ltd.']),
 ('Caraquet', 'GPE', ['Caraquet']),
 ('Lise Arsenault', 'PERSON', ['Lise Arsenault']),
],
[
 ('We have mortgages on boats and', 'Rémi Thériault'),
 ('Nobody from the department ever sat', 'Rémi Thériault'),
 ('significant and sustained', 'Mélanie Boudreau'),
 ('Conservation has to come first. Setting', 'Mélanie Boudreau'),
 ("If the boats don't go out,", 'Tom MacIsaac'),
],
[
 ('Friday', 'DFO announced Friday', '2024-04-05'),
 ('2024', 'total allowable catch for 2024', '2024'),
 ('last year', '31,000 tonnes last year', '2023'),
 ('Thursday', 'would meet Thursday', '2024-04-11'),
 ('April 15', 'scheduled to open April 15', '2024-04-15'),
 ('Christmas', 'in real trouble by Christmas', '2024-12-25'),
 ('Monday', 'said Monday she had written', '2024-04-08'),
],
),

'inv-175-hill-farm-support-row': (
'Hill farmers accuse ministers of betrayal over support cut', '2024-02-02',
"""A row over support for Scotland's hill farmers intensified yesterday after the Scottish Government confirmed it would cut payments to crofters and farmers on the poorest land by 15 per cent from 2025.

The reduction, first revealed in spending documents published on Tuesday, will affect around 10,000 holdings, most of them in the Highlands and islands.

Rural Affairs Secretary Catriona Baird told MSPs the cut was unavoidable. "We are being asked to do more with less. The money Scotland receives from Defra to replace the old European farm subsidies has been frozen in cash terms since 2019, and that is not a decision taken in this chamber," she said.

Ms Baird added that the government would protect payments for new entrants and for farms in the most remote areas.

The Highland Crofting and Farming Alliance said the cut would drive young people off the land. Its chairman, Iain Matheson, said: "Hill farming is already hanging by a thread. Ministers have just taken the scissors to it."

Kirsty Mackay, who runs 900 ewes near Lairg in Sutherland, said the change would cost her about £4,000 a year.

"That's my margin gone. I'll be working for nothing," she said. "And when folk like us go, the schools and the shops go with us."

Opposition MSPs were quick to pounce. Douglas Fairlie, whose constituency includes some of the hardest-hit farms, accused ministers of "betraying" the people who keep rural communities alive.

The alliance has called a rally in Dingwall at the weekend and plans to lobby MSPs in Edinburgh next month.""",
[
 ('Scotland', 'GPE', ['Scotland']),
 ('Scottish Government', 'ORG', ['Scottish Government']),
 ('Highlands', 'LOC', ['Highlands']),
 ('Catriona Baird', 'PERSON', ['Catriona Baird', 'Baird']),
 ('Department for Environment, Food and Rural Affairs', 'ORG', ['Defra']),
 ('Highland Crofting and Farming Alliance', 'ORG', ['Highland Crofting and Farming Alliance']),
 ('Iain Matheson', 'PERSON', ['Iain Matheson']),
 ('Kirsty Mackay', 'PERSON', ['Kirsty Mackay']),
 ('Lairg', 'GPE', ['Lairg']),
 ('Sutherland', 'GPE', ['Sutherland']),
 ('Douglas Fairlie', 'PERSON', ['Douglas Fairlie']),
 ('Dingwall', 'GPE', ['Dingwall']),
 ('Edinburgh', 'GPE', ['Edinburgh']),
],
[
 ('We are being asked to do', 'Catriona Baird'),
 ('Hill farming is already hanging by', 'Iain Matheson'),
 ("That's my margin gone. I'll be", 'Kirsty Mackay'),
 ('And when folk like us go,', 'Kirsty Mackay'),
 ('betraying', 'Douglas Fairlie'),
],
[
 ('yesterday', 'intensified yesterday', '2024-02-01'),
 ('2025', '15 per cent from 2025', '2025'),
 ('Tuesday', 'documents published on Tuesday', '2024-01-30'),
 ('2019', 'in cash terms since 2019', '2019'),
 ('the weekend', 'in Dingwall at the weekend', '2024-W05'),
 ('next month', 'in Edinburgh next month', '2024-03'),
],
),

'inv-176-lotto-jackpot-scam': (
'Two charged over fake Lotto jackpot scam targeting elderly', '2022-07-28',
"""Two men have been charged over a scam that police say persuaded elderly people they had won a Lotto jackpot and then drained their savings with a string of bogus release fees.

The men, aged 34 and 41, were arrested at a house in Hamilton on Tuesday and appeared in the Hamilton District Court on Wednesday on charges of obtaining by deception. They were granted interim name suppression and remanded in custody until September 2.

Detective Senior Sergeant Wiremu Hohaia said at least 23 victims had been identified, most of them in their seventies and eighties, with combined losses of more than $640,000.

"These people were targeted precisely because they were trusting and, in many cases, lonely," Hohaia said. "The callers would ring every day, sometimes several times a day, until the victim paid."

One of the victims, Margaret Ngata, 78, of Tauranga, lost more than $86,000 between April and June after a caller told her she had won $12.4 million.

Mrs Ngata only realised she had been conned when staff at her bank queried a transfer last month.

"I thought I was finally going to be able to help my grandchildren with their houses," she said. "Now I can't even help myself."

Lotto NZ said it never contacts players to ask for money. "If someone tells you that you've won and then asks you to pay something to get the prize, it is a scam, every time," a Lotto NZ spokesperson said.

According to Netsafe, reports of lottery and prize scams have nearly doubled this year. The online safety agency urged anyone who had received such a call to hang up and contact police.

Police believe the group, which worked from Hamilton and at least one call centre overseas, may have more victims in the Bay of Plenty and Waikato.""",
[
 ('Hamilton', 'GPE', ['Hamilton']),
 ('Hamilton District Court', 'ORG', ['Hamilton District Court']),
 ('Wiremu Hohaia', 'PERSON', ['Wiremu Hohaia', 'Hohaia']),
 ('Margaret Ngata', 'PERSON', ['Margaret Ngata', 'Ngata']),
 ('Tauranga', 'GPE', ['Tauranga']),
 ('Lotto NZ', 'ORG', ['Lotto NZ']),
 ('Netsafe', 'ORG', ['Netsafe']),
 ('Bay of Plenty', 'GPE', ['Bay of Plenty']),
 ('Waikato', 'GPE', ['Waikato']),
],
[
 ('These people were targeted precisely because', 'Wiremu Hohaia'),
 ('The callers would ring every day,', 'Wiremu Hohaia'),
 ('I thought I was finally going', 'Margaret Ngata'),
 ("Now I can't even help myself", 'Margaret Ngata'),
 ("If someone tells you that you've", 'Lotto NZ'),
],
[
 ('Tuesday', 'in Hamilton on Tuesday', '2022-07-26'),
 ('Wednesday', 'District Court on Wednesday', '2022-07-27'),
 ('September 2', 'until September 2', '2022-09-02'),
 ('April', 'between April and', '2022-04'),
 ('June', 'April and June after', '2022-06'),
 ('last month', 'queried a transfer last month', '2022-06'),
 ('this year', 'nearly doubled this year', '2022'),
],
),
}
# fmt: on
