"""Dates resolved against the brief's date, with the tense of their clause."""

import datetime as dt
import json

import pytest

from briefing.model import Annotation, Granularity, IsoDate, LocalEntity, Timex, parse_day


def hand_parsed(words, heads, deps, tags, pos, lemmas):
    """A Doc with the parse given, as the model may read it (heads as token indices)."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    return Doc(English().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def values(annotation):
    return [(t.expression, t.value) for t in annotation.timexes]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ankara downed a Russian jet on Tuesday.", [("Tuesday", "2015-11-24")]),
        (
            "The leader will hold talks on Wednesday and on Sunday.",
            [("Wednesday", "2015-11-25"), ("Sunday", "2015-11-29")],
        ),
        ("The attacks in Paris on November 13 killed 130 people.", [("November 13", "2015-11-13")]),
        ("Those strikes were joined in September by Russia.", [("September", "2015-09")]),
        ("Hollande met earlier this week with David Cameron.", [("earlier this week", "2015-W48")]),
        ("Prices rose last week and fell last month.", [("last week", "2015-W47"), ("last month", "2015-10")]),
        ("Yesterday he left; tomorrow he returns.", [("Yesterday", "2015-11-23"), ("tomorrow", "2015-11-25")]),
        (
            "The plan was drafted in 2004 and revised on March 4, 2011.",
            [("2004", "2004"), ("March 4, 2011", "2011-03-04")],
        ),
        ("Twelve years ago the bridge did not exist.", [("Twelve years ago", "2003")]),
        ("Sales fell in the last week of March.", [("the last week of March", "2015-W13")]),
        ("Markets will stay closed until Friday.", [("Friday", "2015-11-27")]),
        # "is to", "due to": present "be" with a to-infinitive plans the event
        ("The two envoys are to meet on Friday.", [("Friday", "2015-11-27")]),
        ("On Thursday, the ministers are to sign the accord.", [("Thursday", "2015-11-26")]),
        ("The ferry is due to dock on Monday.", [("Monday", "2015-11-30")]),
        # "set to", "expected to", "will be held"
        ("The vote is set to take place on Thursday.", [("Thursday", "2015-11-26")]),
        ("The summit will be held in March.", [("March", "2016-03")]),
        # a scheduling verb in the passive
        ("The harvest festival is scheduled for Saturday.", [("Saturday", "2015-11-28")]),
        ("A December 3 hearing has been scheduled by the court.", [("December 3", "2015-12-03")]),
        # modals of what may or must happen
        ("The new bridge should be finished in December.", [("December", "2015-12")]),
        ("The lease may be signed on January 5.", [("January 5", "2016-01-05")]),
        ("The hackers may have entered the network on Friday.", [("Friday", "2015-11-20")]),
        ("A new election could be held in January.", [("January", "2016-01")]),
        ("Police could not reach him on Friday.", [("Friday", "2015-11-20")]),  # what one was unable to do
        # a hope in the past, whatever the lemmatizer makes of "hoped", looks ahead as "expected" does
        ("The railroad hoped to reopen the line by Friday.", [("Friday", "2015-11-27")]),
        ("The council postponed the vote, set for Saturday, after the storm.", [("Saturday", "2015-11-28")]),
        ("The suspect is due in court on Monday.", [("Monday", "2015-11-30")]),
        # a month after "until" or "by" in reported speech or a condition is an end point: the nearer one
        ("The agency said the permit was valid until December.", [("December", "2015-12")]),
        ("Officials said the ballots were counted by 3 November.", [("3 November", "2015-11-03")]),
        ("He said the factory employed 300 people until March, when it closed.", [("March", "2015-03")]),
        ("Fees are waived, provided forms were received by 31 January.", [("31 January", "2016-01-31")]),
        ("Staff would strike if arrears were not paid by the end of January.", [("the end of January", "2016-01")]),
        ("Arrears were to be paid by the end of February.", [("the end of February", "2016-02")]),
        ("The agency said he had worked there until March.", [("March", "2015-03")]),  # past perfect
        ("The agency said the road was closed until Friday.", [("Friday", "2015-11-20")]),  # a weekday
        # the perfect points back, unless a preposition points ahead
        ("The curfew has remained in force until Friday.", [("Friday", "2015-11-27")]),
        ("The council has kept all libraries closed until Friday.", [("Friday", "2015-11-27")]),
        ("Fuel prices have fallen since Monday.", [("Monday", "2015-11-23")]),
        # a weekday named on its own day is that day; "next" and "last" are a week away
        ("The probe will land on Tuesday.", [("Tuesday", "2015-11-24")]),
        ("The probe will land next Tuesday.", [("next Tuesday", "2015-12-01")]),
        ("The probe landed last Tuesday.", [("last Tuesday", "2015-11-17")]),
        # numeric dates: month first unless the first number cannot be a month
        (
            "The plant opened on 4/15/2009 and closed on 25/12/10.",
            [("4/15/2009", "2009-04-15"), ("25/12/10", "2010-12-25")],
        ),
        ("The shop is open 24/7.", []),
        # spans keep their determiner; "this past week", "last September" count from the brief's date
        ("This past week the river rose.", [("This past week", "2015-W47")]),
        (
            "Rents climbed the past month and the coming year looks worse.",
            [("the past month", "2015-10"), ("the coming year", "2016")],
        ),
        (
            "The club folded last September and will reopen next March.",
            [("last September", "2015-09"), ("next March", "2016-03")],
        ),
        (
            "Lambs are born in early April, and the barn was built in late 2012.",
            [("early April", "2015-04"), ("late 2012", "2012")],
        ),
        (
            "Sales slumped late last year and should recover by the end of March.",
            [("late last year", "2014"), ("the end of March", "2016-03")],
        ),
        (
            "The storm passed last night; this morning the sky cleared.",
            [("last night", "2015-11-23"), ("this morning", "2015-11-24")],
        ),
        # a part of "yesterday" or "tomorrow" is that day, as "Tuesday night" is that Tuesday
        (
            "Crews left yesterday afternoon and return tomorrow night.",
            [("yesterday afternoon", "2015-11-23"), ("tomorrow night", "2015-11-25")],
        ),
        # the edges of a week and "later in the week" are that week; "from now" counts ahead as "ago" back
        (
            "Talks resume at the start of next week; a deal may come by the end of the week.",
            [("the start of next week", "2015-W49"), ("the end of the week", "2015-W48")],
        ),
        ("Results are expected later in the week.", [("later in the week", "2015-W48")]),
        (
            "Ten years from now the mill that shut two years ago will be flats.",
            [("Ten years from now", "2025"), ("two years ago", "2013")],
        ),
        # "the year before", "the previous year": counted from the date the text last named
        (
            "The mill reopened in March 2010. The year before, it had closed.",
            [("March 2010", "2010-03"), ("The year before", "2009")],
        ),
        ("The previous year was dry.", [("The previous year", "2014")]),
        (
            "The vineyard was sold in 2003; the previous year it had flooded.",
            [("2003", "2003"), ("the previous year", "2002")],
        ),
        (
            "The ferry sank on May 3, 2011. The day before, storms had shut the port.",
            [("May 3, 2011", "2011-05-03"), ("The day before", "2011-05-02")],
        ),
        (
            "The union struck in January 2014. The following month talks resumed.",
            [("January 2014", "2014-01"), ("The following month", "2014-02")],
        ),
        ("The lake froze in 1998. Two years later the dam burst.", [("1998", "1998"), ("Two years later", "2000")]),
        (
            "Exports rose in June 2012 compared with the same month a year ago.",
            [("June 2012", "2012-06"), ("the same month a year ago", "2011-06")],
        ),
        (
            "Output fell in October compared to the same period last year.",
            [("October", "2015-10"), ("the same period last year", "2014-10")],
        ),
        (
            "Looms spread in the 1980s; a decade later they were gone.",
            [("the 1980s", "198"), ("a decade later", "199")],
        ),
        (
            "The ship sank on March 3, 2011; the next day divers arrived. Over the next year, costs will rise.",
            [("March 3, 2011", "2011-03-03"), ("the next day", "2011-03-04"), ("the next year", "2016")],
        ),
        # a planned event in the simple present is ahead; a date of a noun in such a clause is not
        ("The trial opens on Friday before a jury.", [("Friday", "2015-11-27")]),
        ("The dispute results from the ruling of November 20.", [("November 20", "2015-11-20")]),
        ("The minister says on Monday that talks failed.", [("Monday", "2015-11-23")]),
        # a date of a noun is when its event was, whatever the verb's tense: the nearest such date
        ("Callers should quote incident 437 of 20 November.", [("20 November", "2015-11-20")]),
        ("Central banks cut interest rates on Friday.", [("Friday", "2015-11-20")]),  # "cut" may be past
        # "would" in what was said looks ahead of the saying
        ("The minister said a team would arrive on Friday.", [("Friday", "2015-11-27")]),
        # the plural present plans too, unless its past is spelt the same ("cut" above)
        ("The Rovers play Leeds on Friday.", [("Friday", "2015-11-27")]),
        # a speech verb that names a thing to come, not words said
        ("The central bank announces its decision on Thursday.", [("Thursday", "2015-11-26")]),
        # nor one whose subject is a thing that cannot speak: a hearing continues, it says nothing
        ("The hearing continues on Thursday.", [("Thursday", "2015-11-26")]),
        # what someone was asked or told to do lies ahead of the asking: the preposition says where
        ("The council urged owners to register their dogs by Friday.", [("Friday", "2015-11-27")]),
        ("Police asked residents to leave their homes on Sunday.", [("Sunday", "2015-11-22")]),
        # a deadline: "by" on a noun or on a verb with no tense of its own is set ahead
        ("The board voted to close the plant by January 24.", [("January 24", "2016-01-24")]),
        (
            "The grant depended on the airline submitting a restructuring plan by December 31.",
            [("December 31", "2015-12-31")],
        ),
        # "by" on a verb with a tense: what had happened by then
        ("Sales had fallen by March.", [("March", "2015-03")]),
        ("By Wednesday the river had burst its banks.", [("Wednesday", "2015-11-18")]),
        ("The death toll by Friday had risen to 40.", [("Friday", "2015-11-20")]),  # on a subject
        # the weekday asked for is the nearer one: two days ahead, not five days back
        ("The union told members to return to classes on Thursday.", [("Thursday", "2015-11-26")]),
        # so is the day of an event someone was invited to, or offered or planned
        ("The ministry invited both unions to talks on Friday.", [("Friday", "2015-11-27")]),
        ("The federation planned a protest outside the plant on Friday.", [("Friday", "2015-11-27")]),
        # not what was offered, proposed or threatened: that may be dated by the act
        ("The union threatened strike action on Friday.", [("Friday", "2015-11-20")]),
        ("The striker threatened to quit the club on Thursday.", [("Thursday", "2015-11-19")]),
        # after a present perfect, the event is still ahead, however far
        ("The minister has invited both unions to talks on Monday.", [("Monday", "2015-11-30")]),
        # a day before the event, or what was said to someone, dates the asking or the saying
        ("Police invited residents on Friday to a meeting.", [("Friday", "2015-11-20")]),
        ("She told the court on Friday that she was innocent.", [("Friday", "2015-11-20")]),
        # a plain present says the day is near, not which way: the nearer such day
        ("The champion meets Ansel Ruiz in the final round on Thursday.", [("Thursday", "2015-11-26")]),
        ("The club are away at Dunmore on Saturday.", [("Saturday", "2015-11-21")]),
        ("The club are away at Dunmore on Friday.", [("Friday", "2015-11-27")]),
        # also where the date hangs on a gerund of the verb asked for
        ("The regulator ordered Vexo to stop selling the drink from December 1.", [("December 1", "2015-12-01")]),
        # a list of dates takes the tense of its first
        (
            "Rates may rise when the committee meets on Thursday and Friday.",
            [("Thursday", "2015-11-26"), ("Friday", "2015-11-27")],
        ),
        # what is due or likely, said of a noun, is ahead
        ("Envoys met ahead of elections due in March.", [("March", "2016-03")]),
        # "according to" reports what follows as a speech verb does: its "would" looks ahead
        ("The ferry would sail from Monday, according to the port.", [("Monday", "2015-11-30")]),
        (
            "The sheriff urged people to lock their cars and keep keys out of sight through the weekend.",
            [("the weekend", "2015-W48")],
        ),
        # parts of a year named by its place, and the end of a month
        ("The deal should close in the first quarter of next year.", [("the first quarter of next year", "2016")]),
        ("Shops may shut if the strike lasts until month-end.", [("month-end", "2015-11")]),
        # holidays of one calendar day, by the word before them and the tense
        ("Shops will open late before Christmas.", [("Christmas", "2015-12-25")]),
        ("The family gathered at Christmas.", [("Christmas", "2014-12-25")]),
        ("They had ordered turkeys for Christmas.", [("Christmas", "2015-12-25")]),
        (
            "Fares rose on New Year's Day and last Christmas.",
            [("New Year's Day", "2015-01-01"), ("last Christmas", "2014-12-25")],
        ),
        ("Johnnie Christmas drew the cover.", []),
        ("Shops sold out of lights for Christmas trees.", []),
        # a weekday in the name of a day of the year is no day of this week
        ("Shops opened early for Black Friday and closed on Easter Monday.", []),
        # arranged in the past for a date without a year: the nearest such date, not last year's
        ("He was remanded in custody until December 8.", [("December 8", "2015-12-08")]),
        ("They were refused bail and remanded in custody until December 8.", [("December 8", "2015-12-08")]),
        ("He had been due in court on December 4.", [("December 4", "2015-12-04")]),
        # a weekday an arrangement points to ("until", the "to" of a new date) was arranged this
        # week, so it is ahead; a day of a month so arranged is the nearest; the arranging day has gone
        ("The hearing was adjourned until Friday.", [("Friday", "2015-11-27")]),
        ("The case was adjourned to Friday.", [("Friday", "2015-11-27")]),
        ("The launch was postponed to 14 December.", [("14 December", "2015-12-14")]),
        ("He was remanded in custody on Friday.", [("Friday", "2015-11-20")]),
        # whoever arranged it: a judge, a council; the present and a phrasal verb arrange nothing
        ("The judge adjourned the trial till December 8.", [("December 8", "2015-12-08")]),
        ("The council scheduled the vote for Friday.", [("Friday", "2015-11-27")]),
        ("Police suspended the search on Friday.", [("Friday", "2015-11-20")]),
        ("The vote sets up a hearing beginning Dec. 1.", [("Dec. 1", "2015-12-01")]),
        # a verb of arranging that sets a thing in a state arranges no time
        ("Two vans were set alight over the weekend.", [("the weekend", "2015-W47")]),
        ("A barn was set on fire on Friday.", [("Friday", "2015-11-20")]),
        # so is what was likely then, and what is likely is ahead
        ("The bank signalled that a rise was likely in December.", [("December", "2015-12")]),
        ("A rise is likely in January.", [("January", "2016-01")]),
        # a date after what a forecast or warning foretells is when that comes; one before it is the saying's
        ("Forecasters warned of more severe weather Thursday.", [("Thursday", "2015-11-26")]),
        ("The council shut the pass, with forecasters predicting snow from Friday.", [("Friday", "2015-11-27")]),
        ("Forecasters warned on Friday of storms.", [("Friday", "2015-11-20")]),
        ("Officials warned Monday of more flooding.", [("Monday", "2015-11-23")]),  # before what it foretells
        ("Forecasters had warned of rain from Friday.", [("Friday", "2015-11-20")]),  # a narrative's forecast
        # the present perfect takes no day of its own: "on" is the rain's
        ("The institute has warned of more rain on Friday.", [("Friday", "2015-11-27")]),
        ("By the end of the week-long festival, the town was full.", []),
        ("Later in the week of the blast, the mill closed.", []),
        # what is forecast is ahead, as what is expected is
        ("Rain is forecast for the weekend.", [("the weekend", "2015-W48")]),
        # a forecast in the passive, told in the past: the nearer such day, either side
        ("The institute said more rain was forecast for Thursday.", [("Thursday", "2015-11-26")]),
        ("The institute said more rain was forecast for Sunday.", [("Sunday", "2015-11-22")]),
        ("The collapse was predicted in March by analysts.", [("March", "2015-03")]),  # when it was said
        ("The river often rises and floods the fields in spring.", []),
        # a week ago is a day, as a day ago is; a fortnight is two weeks
        (
            "The plant shut two weeks ago and the mill a fortnight ago.",
            [("two weeks ago", "2015-11-10"), ("a fortnight ago", "2015-11-10")],
        ),
        # a season as a time is its year: by the word before it, else by the tense
        ("The zoo will stay closed until late summer.", [("late summer", "2016")]),
        (
            "The hospice needs the money by next summer; the firm cut jobs last winter.",
            [("next summer", "2016"), ("last winter", "2014")],
        ),
        # a weekend is the week of its Saturday: the one just gone in a report, the coming one ahead
        ("Police made arrests over the weekend.", [("the weekend", "2015-W47")]),
        ("The shop opens this weekend; fans travel at weekends.", [("this weekend", "2015-W48")]),
        ("The Weekend Australian said the weekend edition sold out.", []),
        # a season that describes a thing is no date; a year's season is that year
        ("A winter storm hit the coast and the summer holidays began.", []),
        ("In the summer of 2010 the bridge fell.", [("the summer of 2010", "2010")]),
        # nor a season of every year, nor one that is a name
        ("The mountain road is usually closed in winter.", []),
        ("Each year the ferry stops in winter.", []),
        ("The council will make every effort to reopen the pool in summer.", [("summer", "2016")]),
        ("The minister, who has often criticised it, said it would change in autumn.", [("autumn", "2015")]),
        ("The report by Summer found gaps.", []),
        ("In winter the pass closed.", [("winter", "2014")]),  # one winter, the last
        # past narrative with "until" or "by" has gone; only an arrangement may be ahead
        ("He served as chief executive until December 20, when he retired.", [("December 20", "2014-12-20")]),
        ("By December 1, the firm had run out of cash.", [("December 1", "2014-12-01")]),
        # a noun's date in a past clause is past
        ("On the night of December 30, the pair broke into the house.", [("December 30", "2014-12-30")]),
        # "would" in a saying that is itself past: the nearest month, not the next
        ("In July, officials said they would decide in September.", [("July", "2015-07"), ("September", "2015-09")]),
        # "would" in a saying of late looks ahead of it, for a month as for a weekday
        ("The mayor said the council would vote on the plan in February.", [("February", "2016-02")]),
        # "would" with an "if" weighs what may come next; "would have" what did not happen
        ("If passed, the bill would take effect from January.", [("January", "2016-01")]),
        ("The union would strike in February if the talks failed.", [("February", "2016-02")]),
        ("If the vote had passed in May, the law would have changed.", [("May", "2015-05")]),
        # "would" with no saying or "if" in sight looks ahead too; not a life told onward
        ("Any appeal would be heard in January.", [("January", "2016-01")]),
        ("The board sent a team that would arrive on Thursday.", [("Thursday", "2015-11-26")]),
        ("She would later move to Leeds in March.", [("March", "2015-03")]),
        ("The pass would often close in January if it snowed.", [("January", "2015-01")]),
        ("She added that a strike before February was unlikely.", [("February", "2016-02")]),
        # … but not the "would" of a habit, nor "due", whose date has often gone, nor a saying "then"
        ("She said her father would take the family to the coast in August each year.", [("August", "2015-08")]),
        ("Residents said the bins would often go uncollected in January.", [("January", "2015-01")]),
        ("Mr Dunne said the payment was due in October but was never made.", [("October", "2015-10")]),
        ("Officials said then that the first trains would run in June.", [("June", "2015-06")]),
        # a date deeper in the clause dates its own noun
        ("The airline expects compensation claims over the cancellations in October.", [("October", "2015-10")]),
        ("The ministry anticipates fewer complaints than in January.", [("January", "2015-01")]),
        # a passive infinitive takes the tense of what introduces it
        ("The repairs are to be finished by the end of February.", [("the end of February", "2016-02")]),
        ("The insurer expected the sale to be approved by the end of January.", [("the end of January", "2016-01")]),
        # the small model's lemmatizer reads "hopes" as "hop": the verb is still known by its forms
        ("The club hopes to open its new stand in February.", [("February", "2016-02")]),
        # a gerund as object takes its verb's tense
        ("The electoral office will resume counting on Monday.", [("Monday", "2015-11-30")]),
        # what was agreed or promised comes after the agreeing
        ("Both unions have agreed to meet the board on Thursday.", [("Thursday", "2015-11-26")]),
        # … in the present perfect; in the past, the day is as often the agreeing's
        ("The board agreed on Thursday to sell the chain.", [("Thursday", "2015-11-19")]),
        ("The pair had agreed to meet on Thursday, but he never turned up.", [("Thursday", "2015-11-19")]),
        ("The charity hoped to raise £50,000 by June but fell well short.", [("June", "2015-06")]),
        # a verb of expecting in the present looks ahead; in the past its date may be the forecast's
        ("The bank now expects a rate cut in March.", [("March", "2016-03")]),
        ("In March, the bank predicted a fall in prices.", [("March", "2015-03")]),
        # a hedge between the preposition and the date
        ("The opening has been delayed until at least February.", [("February", "2016-02")]),
        # the second month of a range
        ("Sailings will drop to two between November and March.", [("November", "2015-11"), ("March", "2016-03")]),
        # seasons keep their article; "fall" is a season only with a word that makes it one
        ("The roof will be repaired by the spring.", [("the spring", "2016")]),
        ("The school will reopen this fall.", [("this fall", "2015")]),
        ("Shares rose after the fall in oil prices.", []),
        ("Investors worry this fall will deepen.", []),
        ("Last fall was wet.", [("Last fall", "2014")]),  # "last" and a verb: the season
        ("Shares rose after this fall in inflation.", []),
        ("The vote will be held in the fall.", []),  # "the fall" is as often a drop or an accident
        # a season or quarter of a named year is that year
        ("The mine closed in the winter of 1998.", [("the winter of 1998", "1998")]),
        ("The deal should close in the second quarter of 2016.", [("the second quarter of 2016", "2016")]),
        # a month of "last year" or "next year" is in that year, one expression with it
        ("The fire started in June last year.", [("June last year", "2014-06")]),
        ("He was arrested on 3 October last year.", [("3 October last year", "2014-10-03")]),
        ("The bridge will reopen in May next year.", [("May next year", "2016-05")]),
        # a month of "that year" is in the year the text last named
        (
            "The mill shut in 2009 and reopened in August that year.",
            [("2009", "2009"), ("August that year", "2009-08")],
        ),
        (
            "The dam burst in 1998; in May of the same year it was rebuilt.",
            [("1998", "1998"), ("May of the same year", "1998-05")],
        ),
        # a month joined to a dated month by a range word shares its year
        (
            "Hackers were inside the network between March and June 2012.",
            [("March", "2012-03"), ("June 2012", "2012-06")],
        ),
        (
            "The pass was closed from November to March 2013.",
            [("November", "2012-11"), ("March 2013", "2013-03")],
        ),
        ("The shop opened in March and in June 2013 it closed.", [("March", "2015-03"), ("June 2013", "2013-06")]),
        # "and" joins a range only after "between"
        ("He retired in May and March 2013 brought the lockdown.", [("May", "2015-05"), ("March 2013", "2013-03")]),
        (
            "He was arrested on 4 March 2015 and charged on 12 March that year.",
            [("4 March 2015", "2015-03-04"), ("12 March that year", "2015-03-12")],
        ),
        # "the same year as …" is another event's year, not the one last named
        (
            "The school opened in 1920. It closed in July the same year as the mill.",
            [("1920", "1920"), ("July", "2015-07")],
        ),
        # not a month before "last year's …", nor "may" and "march" as words
        ("In June, last year's champion withdrew.", [("June", "2015-06"), ("last year", "2014")]),
        ("The bank may next year raise rates.", [("next year", "2016")]),
        ("Veterans plan to march next year through the capital.", [("next year", "2016")]),
        # a part of the day, or "early" or "late", belongs to its weekday
        ("Police raided the call centre on Sunday night.", [("Sunday night", "2015-11-22")]),
        (
            "The council met late Monday and will meet again next Friday morning.",
            [("late Monday", "2015-11-23"), ("next Friday morning", "2015-11-27")],
        ),
        # a weekday before a date is part of it
        ("Offers go out on Monday, December 7.", [("Monday, December 7", "2015-12-07")]),
        # a verb of where one stands takes no plan from its date
        ("Spurs sit third after their win on Saturday.", [("Saturday", "2015-11-21")]),
        # an ordinal that is part of a word is no day of the month
        ("The plan is for the 21st-century economy.", []),
        # a weekday of a named week; a day of the month the text last named
        ("Acme reports on Thursday next week.", [("Thursday next week", "2015-12-03")]),
        (
            "The talks began on 3 November and end on the 20th.",
            [("3 November", "2015-11-03"), ("the 20th", "2015-11-20")],
        ),
        ("She lives on the 14th floor.", []),
        (
            "The strike began on 3 November and the ban stays until the 25th.",
            [("3 November", "2015-11-03"), ("the 25th", "2015-11-25")],
        ),
        (
            "The strike began on 3 November and another is planned for the 27th.",
            [("3 November", "2015-11-03"), ("the 27th", "2015-11-27")],
        ),
        # a day word in a quote counts from the day it was said
        ("“We will vote tomorrow,” the leader said on Sunday.", [("tomorrow", "2015-11-23"), ("Sunday", "2015-11-22")]),
        ("“We will vote tomorrow,” the leader said.", [("tomorrow", "2015-11-25")]),
        # a quote's "tonight" with no day in its sentence is the day the lead reports, in the week before
        (
            "The council voted on Sunday to build the stadium.\n\n“Tonight we start,” the mayor said.",
            [("Sunday", "2015-11-22"), ("Tonight", "2015-11-22")],
        ),
        (
            "The council voted on Sunday to build the stadium.\n\n“Today we start,” the mayor says.",
            [("Sunday", "2015-11-22"), ("Today", "2015-11-24")],  # told in the present: the brief's day
        ),
        (
            "The council voted on Sunday to build the stadium.\n\n“We voted yesterday,” the mayor said.",
            [("Sunday", "2015-11-22"), ("yesterday", "2015-11-23")],  # "yesterday": the brief's day before
        ),
        (
            "A man held on Saturday appeared in court on Monday.\n\n“Today is the first step,” his mother said.",
            [("Saturday", "2015-11-21"), ("Monday", "2015-11-23"), ("Today", "2015-11-23")],  # the last day before
        ),
        (
            "The council voted on Sunday to build the stadium.\n\n“Tonight we start,” the mayor has said.",
            [("Sunday", "2015-11-22"), ("Tonight", "2015-11-24")],  # the present perfect: the brief's day
        ),
        (
            "The council voted on 3 November to build it.\n\n“Tonight we start,” the mayor said.",
            [("3 November", "2015-11-03"), ("Tonight", "2015-11-24")],  # the lead's day is weeks before
        ),
        # a last date coarser than the step leaves the expression off the timeline
        ("The mill shut in 2010. The month before, it had been sold.", [("2010", "2010")]),
        # "before" or "after" with what it counts from is not counted from a date
        ("The bridge was closed the year before the flood, three years after it opened.", []),
        # a day written with its weekday is in the year it falls on that weekday, whatever the tense says
        ("The festival on Saturday 12 December was cancelled.", [("Saturday 12 December", "2015-12-12")]),
        ("The festival on Friday 12 December was cancelled.", [("Friday 12 December", "2014-12-12")]),
        ("The pool will reopen on Monday 5 December.", [("Monday 5 December", "2016-12-05")]),
        # no year near falls so: the tense decides
        ("The festival on Tuesday 12 December was cancelled.", [("Tuesday 12 December", "2014-12-12")]),
    ],
)
def test_resolution(annotate, text, expected):
    annotation, _ = annotate(text)
    assert values(annotation) == expected


def test_impossible_and_odd_dates_are_left_off(annotate):
    annotation, _ = annotate("The meeting on February 30 was cancelled. It cost 2,000 dollars in '08.")
    assert values(annotation) == []


def test_editor_override_fixes_a_value(annotate):
    annotation, notes = annotate(
        "The vote took place on Tuesday.",
        dates=[
            {"expression": "Tuesday", "context": "vote", "date": "2015-11-17"},
            {"expression": "Monday", "date": "2015-11-23"},
        ],
    )
    assert values(annotation) == [("Tuesday", "2015-11-17")]
    assert notes == ["date override for 'Monday' matches no dated expression"]


def test_event_summary_is_the_clause(annotate):
    annotation, _ = annotate(
        "Officials said that Ankara downed a Russian jet on Tuesday, a move that angered Moscow "
        "and raised fears of a wider conflict across the region."
    )
    assert annotation.timexes[0].summary.startswith("Ankara downed a Russian jet on Tuesday")


def test_event_summary_leaves_out_a_clause_without_leaving_its_comma_or_joining_words(annotate):
    annotation, _ = annotate("Jo Bloggs resigned on Monday, citing ill health.")
    assert annotation.timexes[0].summary == "Jo Bloggs resigned on Monday."
    annotation, _ = annotate("The strike, the union said, would end on Friday after talks.")
    assert annotation.timexes[0].summary == "The strike would end on Friday after talks."

    # where the parse finds no verb, the summary is the sentence, not its bare commas
    annotation, _ = annotate(
        "Fenwick Athletic, who were relegated last season, sacked manager Ivo Marek on Monday after a 4-0 defeat."
    )
    assert [t.summary for t in annotation.timexes if t.expression == "Monday"] == [
        "Fenwick Athletic, who were relegated last season, sacked manager Ivo Marek on Monday after a 4-0 defeat."
    ]


# --- the ISO value type: parsed in one place, without spaCy ---------------------------------


@pytest.mark.parametrize(
    "text, granularity, first",
    [
        ("2031-07-09", Granularity.DAY, dt.date(2031, 7, 9)),
        ("2031-W28", Granularity.WEEK, dt.date(2031, 7, 7)),
        ("2021-W01", Granularity.WEEK, dt.date(2021, 1, 4)),
        ("2015-W01", Granularity.WEEK, dt.date(2014, 12, 29)),  # a week's Monday may fall in the year before
        ("2031-07", Granularity.MONTH, dt.date(2031, 7, 1)),
        ("2031", Granularity.YEAR, dt.date(2031, 1, 1)),
        ("187", Granularity.DECADE, dt.date(1870, 1, 1)),
    ],
)
def test_iso_date_parses_each_shape_and_writes_it_back(text, granularity, first):
    when = IsoDate.parse(text)
    assert (when.granularity, when.first, when.text) == (granularity, first, text)
    assert json.dumps(when.granularity) == f'"{granularity.value}"'  # JSON and templates see the plain word


@pytest.mark.parametrize(
    "text", ["2031-02-30", "2031-13", "2030-W53", "20310709", "2031-7-9", "31", "2031-07-09T10:00"]
)
def test_iso_date_refuses_other_text(text):
    with pytest.raises(ValueError):
        IsoDate.parse(text)


def test_parse_day_wants_a_day():
    assert parse_day("2031-07-09") == dt.date(2031, 7, 9)
    with pytest.raises(ValueError):
        parse_day("2031-07")


def test_coarser_dates_come_first_within_their_span():
    texts = ["2031-07-09", "2031-W28", "2031-07", "2031", "203", "2030-12-31", "2031-07-06"]
    ordered = sorted(texts, key=lambda text: IsoDate.parse(text).sort_key())
    assert ordered == ["203", "2030-12-31", "2031", "2031-07", "2031-07-06", "2031-W28", "2031-07-09"]


def test_cached_annotation_round_trips_through_json():
    timex = Timex(1, 9, "last week", "2031-W27", Granularity.WEEK, 0, "Prices rose last week", [0])
    annotation = Annotation([(0, 22)], [LocalEntity("Ola Nordvik", "PERSON", [])], [], [], [timex])
    text = json.dumps(annotation.to_json())
    assert '"granularity": "week"' in text
    again = Annotation.from_json(json.loads(text))
    assert again == annotation
    assert again.timexes[0].granularity is Granularity.WEEK


def test_override_that_is_not_a_calendar_day_is_a_note(annotate):
    annotation, notes = annotate(
        "The vote took place on Tuesday.", dates=[{"expression": "Tuesday", "date": "2015-02-30"}]
    )
    assert values(annotation) == [("Tuesday", "2015-11-24")]
    assert notes == ["date override '2015-02-30' for 'Tuesday' is not a calendar date"]


def test_a_verb_joined_to_a_future_one_with_a_subject_of_its_own_keeps_its_own_tense():
    """ "Fares will rise, Acme announced on Monday", parsed (as the model may) with "announced" a
    conjunct of "rise": "will" is not its auxiliary."""
    from briefing.annotate.tense import tense

    words = ["Fares", "will", "rise", ",", "Acme", "announced", "on", "Monday"]
    heads = [2, 2, 2, 2, 5, 2, 5, 6]
    deps = ["nsubj", "aux", "ROOT", "punct", "nsubj", "conj", "prep", "pobj"]
    tags = ["NNS", "MD", "VB", ",", "NNP", "VBN", "IN", "NNP"]
    pos = ["NOUN", "AUX", "VERB", "PUNCT", "PROPN", "VERB", "ADP", "PROPN"]
    lemmas = ["fare", "will", "rise", ",", "Acme", "announce", "on", "Monday"]
    doc = hand_parsed(words, heads, deps, tags, pos, lemmas)
    assert tense(doc[7]) == "past"
    assert tense(doc[2]) == "future"


def test_a_date_right_after_a_verb_of_speech_dates_the_saying():
    """ "Vexo said on Friday it would close the plant", parsed (as the model does with no "that")
    with "on Friday" hung on "close": the date is the saying's, past, not the closing's, ahead;
    switched off (`dates_the_saying`), "would" puts it ahead. "it would close the plant on Friday"
    keeps the closing's date."""
    from briefing.annotate.entity_rules.state import Switches
    from briefing.annotate.tense import tense

    words = ["Vexo", "said", "on", "Friday", "it", "would", "close", "the", "plant"]
    heads = [1, 1, 6, 2, 6, 6, 1, 8, 6]
    deps = ["nsubj", "ROOT", "prep", "pobj", "nsubj", "aux", "ccomp", "det", "dobj"]
    tags = ["NNP", "VBD", "IN", "NNP", "PRP", "MD", "VB", "DT", "NN"]
    pos = ["PROPN", "VERB", "ADP", "PROPN", "PRON", "AUX", "VERB", "DET", "NOUN"]
    lemmas = ["Vexo", "say", "on", "Friday", "it", "would", "close", "the", "plant"]
    doc = hand_parsed(words, heads, deps, tags, pos, lemmas)
    assert tense(doc[3]) == "past"
    assert tense(doc[3], Switches(frozenset({"tense_dates_the_saying"}))) == "future"
    words = ["Vexo", "said", "it", "would", "close", "the", "plant", "on", "Friday"]
    heads = [1, 1, 4, 4, 1, 6, 4, 4, 7]
    deps = ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "det", "dobj", "prep", "pobj"]
    tags = ["NNP", "VBD", "PRP", "MD", "VB", "DT", "NN", "IN", "NNP"]
    pos = ["PROPN", "VERB", "PRON", "AUX", "VERB", "DET", "NOUN", "ADP", "PROPN"]
    lemmas = ["Vexo", "say", "it", "would", "close", "the", "plant", "on", "Friday"]
    assert tense(hand_parsed(words, heads, deps, tags, pos, lemmas)[8]) == "future"


def test_an_arrangement_in_the_past_perfect_points_to_the_nearer_date():
    """ "A concert had been scheduled for Tuesday" (then called off): made before a past, its date
    may have gone; the nearer such day ("asked"), not the next (switched off, `scheduled` says
    "future"). "is scheduled for Tuesday" is ahead."""
    from briefing.annotate.entity_rules.state import Switches
    from briefing.annotate.tense import tense

    words = ["A", "concert", "had", "been", "scheduled", "for", "Tuesday"]
    heads = [1, 4, 4, 4, 4, 4, 5]
    deps = ["det", "nsubjpass", "aux", "auxpass", "ROOT", "prep", "pobj"]
    tags = ["DT", "NN", "VBD", "VBN", "VBN", "IN", "NNP"]
    pos = ["DET", "NOUN", "AUX", "AUX", "VERB", "ADP", "PROPN"]
    lemmas = ["a", "concert", "have", "be", "schedule", "for", "Tuesday"]
    doc = hand_parsed(words, heads, deps, tags, pos, lemmas)
    assert tense(doc[6]) == "asked"
    assert tense(doc[6], Switches(frozenset({"tense_scheduled_before_the_past"}))) == "future"
    words = ["A", "concert", "is", "scheduled", "for", "Tuesday"]
    doc = hand_parsed(words, [1, 3, 3, 3, 3, 4], ["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj"],
                      ["DT", "NN", "VBZ", "VBN", "IN", "NNP"], ["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN"],
                      ["a", "concert", "be", "schedule", "for", "Tuesday"])  # fmt: skip
    assert tense(doc[5]) == "future"


def test_a_range_that_has_no_such_day_keeps_its_own_year(annotate):
    """ "from 29 February to March 2015": a leap day the range's year lacks is no crash; the day
    keeps the year its tense gave it."""
    annotation, _ = annotate("The show ran from 29 February to March 2015, the museum said.", date="2016-03-10")
    assert values(annotation) == [("29 February", "2016-02-29"), ("March 2015", "2015-03")]


def test_a_tense_rule_switched_off_by_name_no_longer_decides_and_is_counted_when_on():
    """`make eval` measures each tense rule by switching it off, as it does the entity and quote rules."""
    from briefing.annotate.entity_rules.state import Switches
    from briefing.annotate.tense import TENSE_RULE_NAMES, tense

    words = ["Any", "appeal", "would", "be", "heard", "in", "January"]
    heads = [1, 4, 4, 4, 4, 4, 5]
    deps = ["det", "nsubjpass", "aux", "auxpass", "ROOT", "prep", "pobj"]
    tags = ["DT", "NN", "MD", "VB", "VBN", "IN", "NNP"]
    pos = ["DET", "NOUN", "AUX", "AUX", "VERB", "ADP", "PROPN"]
    lemmas = ["any", "appeal", "would", "be", "hear", "in", "January"]
    doc = hand_parsed(words, heads, deps, tags, pos, lemmas)
    on = Switches()
    assert tense(doc[6], on) == "future"
    assert on.fired == {"tense_would_ahead": 1}
    assert tense(doc[6], Switches(frozenset({"tense_would_ahead"}))) == "past"
    assert len(set(TENSE_RULE_NAMES)) == len(TENSE_RULE_NAMES)


def test_an_end_point_reported_by_a_speech_verb_is_the_nearer_date():
    """ "said the permit was valid until December": the tense rule `end_point_reported_or_conditional`
    makes the reported past the nearer date; switched off, the clause's past decides; "in
    December" is no end point."""
    from briefing.annotate.entity_rules.state import Switches
    from briefing.annotate.tense import tense

    words = ["they", "said", "the", "permit", "was", "valid", "until", "December"]
    heads = [1, 1, 3, 4, 1, 4, 5, 6]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "prep", "pobj"]
    tags = ["PRP", "VBD", "DT", "NN", "VBD", "JJ", "IN", "NNP"]
    pos = ["PRON", "VERB", "DET", "NOUN", "AUX", "ADJ", "ADP", "PROPN"]
    lemmas = ["they", "say", "the", "permit", "be", "valid", "until", "December"]
    doc = hand_parsed(words, heads, deps, tags, pos, lemmas)
    on = Switches()
    assert tense(doc[7], on) == "unknown"
    assert on.fired.get("tense_end_point_reported_or_conditional") == 1
    assert tense(doc[7], Switches(frozenset({"tense_end_point_reported_or_conditional"}))) == "past"
    words[6] = lemmas[6] = "in"
    doc = hand_parsed(words, heads, deps, tags, pos, lemmas)
    assert tense(doc[7]) == "past"


def test_an_event_asked_ahead_is_dated_by_the_asking_only_before_it():
    """ "planned a protest on Friday": the parser hangs the date on the verb or on the event; after
    the event, it dates the event (tense "asked"); before it, the planning ("planned on Friday a …")."""
    from briefing.annotate.entity_rules.state import Switches
    from briefing.annotate.tense import tense

    def planned(words, heads, deps):
        tags = {"they": "PRP", "planned": "VBD", "a": "DT", "protest": "NN", "on": "IN", "Friday": "NNP"}
        pos = {"they": "PRON", "planned": "VERB", "a": "DET", "protest": "NOUN", "on": "ADP", "Friday": "PROPN"}
        tags |= {"in": "IN", "town": "NN"}
        pos |= {"in": "ADP", "town": "NOUN"}
        lemmas = [w.lower() if w != "planned" else "plan" for w in words]
        tags_, pos_ = [tags[w] for w in words], [pos[w] for w in words]
        return hand_parsed(words, heads, deps, tags_, pos_, lemmas)

    words = ["they", "planned", "a", "protest", "on", "Friday"]
    doc = planned(words, [1, 1, 3, 1, 1, 4], ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"])  # on the verb
    assert tense(doc[5]) == "asked"
    assert tense(doc[5], Switches(frozenset({"tense_event_asked_ahead"}))) == "past"
    doc = planned(words, [1, 1, 3, 1, 3, 4], ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"])  # on the event
    assert tense(doc[5]) == "asked"
    words = ["they", "planned", "on", "Friday", "a", "protest"]
    doc = planned(words, [1, 1, 1, 2, 5, 1], ["nsubj", "ROOT", "prep", "pobj", "det", "dobj"])
    assert tense(doc[3]) == "past"
    # on the verb with a phrase of the verb's between: "planned a protest in town on Friday" may date the planning
    words = ["they", "planned", "a", "protest", "in", "town", "on", "Friday"]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj"]
    assert tense(planned(words, [1, 1, 3, 1, 1, 4, 1, 6], deps)[7]) == "past"
    assert tense(planned(words, [1, 1, 3, 1, 3, 4, 1, 6], deps)[7]) == "asked"  # "in town" is the protest's


def test_an_unknown_tense_rule_is_refused():
    from briefing.annotate.annotator import DateFinder

    with pytest.raises(ValueError, match="unknown tense rule"):
        DateFinder(frozenset({"tense_no_such_rule"}))
