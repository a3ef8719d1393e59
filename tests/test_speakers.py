"""Quote attribution, rule by rule, on invented sentences: each example names its speaker with
its rule on, and not with that rule switched off (so every rule is shown to do its own job)."""

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from briefing.annotate.attribution import QuoteFinder
from briefing.annotate.pronouns import person_weight, verb_of_a_name_hung_before_it
from briefing.annotate.speakers import RULE_NAMES
from briefing.model import AnnotationFixes
from briefing.parse import parse


@pytest.fixture(scope="module")
def speakers_of(annotator):
    """speakers_of(markdown, disabled=()) → [(quote text, speaker name or None)]"""

    def run(markdown: str, disabled=()):
        document = parse(markdown)
        doc = annotator.nlp(document.text)
        found = annotator.find_entities(doc, AnnotationFixes())
        quotes = QuoteFinder(frozenset(disabled))(doc, document.blocks, found, found.entities)
        return [(q.text, found.entities[q.speaker].name if q.speaker is not None else None) for q in quotes]

    return run


# (rule, an invented passage in the pattern the rule states, the speaker of its last quote)
EXAMPLES = [
    ("according_to", "“The deal is dead and buried,” the committee was told, according to Jo Bloggs.", "Jo Bloggs"),
    (
        "according_to",
        "The runner had been “training twice a day since May”, according to her coach, Lisa Marne.",
        "Lisa Marne",
    ),
    (
        "according_to",
        "According to the agency’s director of food safety, Mrs Grace Adeyemi, sugar warnings “will save lives”.",
        "Grace Adeyemi",
    ),
    (
        "according_to",
        "The bridge reopened on Monday. In the words of Jane Roe, “it was the longest winter of our lives.”",
        "Jane Roe",
    ),
    (
        "quoted_as_saying",
        "Acme Radio quoted Jo Bloggs as saying “the border will stay closed until May.”",
        "Jo Bloggs",
    ),
    (
        "speaker_in_the_sentence_after",
        "Floods swept through the valley on Monday, and Dawa Lhamu Tenzing, a farmer from the upper village, "
        "lost her house.\n\n“There is no bridge left to reach the lower villages.” She said most families had "
        "lost the food they had stored for the coming months.",
        "Dawa Lhamu Tenzing",
    ),
    (
        "name_after_a_fronted_phrase",
        "On Kellow Island, Marisol Obuya-Hart, who runs a small guesthouse, said a suspension of the ferry "
        "would be “a disaster” for the island.",
        "Marisol Obuya-Hart",
    ),
    (
        "speaker_reporting_the_cue",
        "The Tarlow Port Users Council said the closure was costing exporters about £8 million a week and urged "
        "Orwen Rail to reopen the line “within days, not weeks”.",
        "Tarlow Port Users Council",
    ),
    (
        "speaker_reporting_the_cue",
        "In a statement, the Ministry of Water Affairs said rationing would continue “until the dams are at least "
        "half full”.",
        "Ministry of Water Affairs",
    ),
    ("passive_agent", "“The plant will close,” the workers were told by Jane Roe on Monday.", "Jane Roe"),
    (
        "group_subject",
        "A panda escaped from Kellow Zoo on Friday. Police asked residents to stay calm. "
        "In a statement, the zoo said it was “reviewing every enclosure”.",
        "Kellow Zoo",
    ),
    (
        "subject_named",
        "The report was written by Anna Virtanen, an economist based in Helsinki, who said: “The slowdown "
        "is already here.”",
        "Anna Virtanen",
    ),
    (
        "group_subject",
        "Tarlow Telecom Group has 4 million customers. The Eastport-based operator said an “unauthorised "
        "third party” had gained access.",
        "Tarlow Telecom Group",
    ),
    (
        "subject_named",
        "The software is supplied by Vexo Systems Oy, a company based in Helsinki, which said that “there is "
        "no evidence of a breach”.",
        "Vexo Systems Oy",
    ),
    (
        "group_subject",
        "Vexmoor Mining Ltd said it had suspended work. The United Nations said 3,000 people had fled. "
        "“Our priority is safety,” the company said.",
        "Vexmoor Mining Ltd",
    ),
    (
        "group_subject",
        "The Eastland Competition Bureau said it would review the deal. In an emailed statement, "
        "a spokesperson said the review “will examine the effects on prices”.",
        "Eastland Competition Bureau",
    ),
    (
        "group_subject",
        "The Vexland Foreign Office called the decision unjustified. “Meeting journalists is a normal part of "
        "any diplomat's work,” a spokesperson for the department said.",
        "Vexland Foreign Office",
    ),
    (
        "group_subject",
        "Kestrel Telecom said hackers had stolen data. “We let our customers down,” the operator said.",
        "Kestrel Telecom",
    ),
    (
        "subject_described_before",
        "The yacht belonged to the sailing school Westhaven Sailing. The Tarlow Harbour Board has opened an "
        "inquiry. “Our thoughts are with the crew,” the school said.",
        "Westhaven Sailing",
    ),
    (
        "subject_described_before",
        "The claim names Harbour Press Group, the publisher of the Eastmere Courier. In a statement, the "
        "publisher said it “stands by its reporting”.",
        "Harbour Press Group",
    ),
    (
        "document_named_before",
        "In a letter to the board dated March 3, Provost Sarah Mitchell of Eastfield University said the figures "
        "were wrong. “An error of this size cannot be ignored,” the letter said.",
        "Sarah Mitchell",
    ),
    (
        "role_noun_subject",
        "The Minister of Works, Mr Jo Roe, visited the site. “I will not allow the road to reopen,” the Minister said.",
        "Jo Roe",
    ),
    (
        "role_noun_subject",
        "Minister for Education Orla Kestle, whose constituency takes in both towns, raised it with the bank "
        "on Friday. 'I told him plainly that you cannot run a bank for people you never see,' the minister said.",
        "Orla Kestle",
    ),
    (
        "name_after_a_fronted_phrase",
        "Speaking outside court, Detective Sergeant Ann Quill, of the Eastvale Constabulary, said: "
        "“This was a calculated fraud.”",
        "Ann Quill",
    ),
    (
        "subject_named",
        "Interest rates rose in May.\n\n“Rates will fall before winter,” said Acme Bank analyst Jane Roe.",
        "Jane Roe",
    ),
    (
        "subject_named",
        "Talks ended.\n\nThe country's Prime Minister, Jo Bloggs, said: “We will not give in to threats.”",
        "Jo Bloggs",
    ),
    (
        "role_noun_subject",
        "Jane Roe, a lawyer for the family, spoke on Monday. John Doe arrived later.\n\n"
        "“The case is not over,” the lawyer said.",
        "Jane Roe",
    ),
    (
        "pronoun_subject",
        "Ms Roe met John Doe at the plant on Monday. Mr Doe told her the plant would close.\n\n"
        "“We have done everything we could,” she said.",
        "Roe",
    ),
    (
        "pronoun_subject",
        "Jane Roe, the chairwoman of Acme, met Jo Bloggs on Monday. Mr Bloggs praised the deal.\n\n"
        "“This is a good day for the town,” she said.",
        "Jane Roe",
    ),
    (
        "pronoun_subject",
        "For Jane Roe, the verdict came too late. “I lost ten years of my life,” she said.",
        "Jane Roe",
    ),
    (
        "definite_role_subject",
        "Dr Jane Roe leads the study at Eastfield University.\n\n"
        "“The results surprised all of us,” the researcher said.",
        "Jane Roe",
    ),
    (
        "definite_role_subject",
        "Jo Bloggs took charge of the club in May. “We played well for an hour,” the coach said.",
        "Jo Bloggs",
    ),
    (
        "definite_role_subject",
        "Coach Tom Ardley was furious after the match. “The referee cost us the game,” the 52-year-old said.",
        "Tom Ardley",
    ),
    (
        "definite_role_subject",
        "Labour MP Jo Bloggs said the plan had failed. “It is a disgrace,” the MP said.",  # a post's letters
        "Jo Bloggs",
    ),
    (
        "definite_role_subject",
        "Acme chief executive Jo Bloggs said profits fell. “It was a hard year,” the CEO said.",
        "Jo Bloggs",
    ),
    # "a company spokesman" speaks for the company named last, not for the union named since
    (
        "group_subject",
        "Dunmore Foods will close its Eastvale plant. The union called the decision a betrayal."
        " A company spokesman said Dunmore had “looked at every option” before deciding.",
        "Dunmore Foods",
    ),
    (
        "group_subject",
        "Kestrel Ocean Lines was fined by the Department for Transport. “We will appeal,” a company spokesman said.",
        "Kestrel Ocean Lines",
    ),
    # the parser may make the subject the root and its verb a clause on it: still the subject
    (
        "pronoun_subject",
        "“We knocked on every door,” Sheriff Dale Moreno said. Marit Dahl, who moved to the town from"
        " Norway in 2019, left with her two dogs. “I have never seen smoke like it,” she said.",
        "Marit Dahl",
    ),
    # "agreed to back it" is no saying: the one who said something is who "he" means
    (
        "pronoun_subject",
        "Raj Mehta said several studios had turned the film down before Vexo chairman Arun Das agreed"
        " to back it. “Every producer told me it would never work,” he said.",
        "Raj Mehta",
    ),
    # "he" after "whose son" may be the son: no evidence of Mary Atieno's gender
    (
        "pronoun_subject",
        "Mary Atieno, whose son was on the bus, said he had called her from the road."
        " “He told me the driver was going too fast,” she said.",
        "Mary Atieno",
    ),
    # a player's position is a role noun
    (
        "definite_role_subject",
        "Rua Tane said the squad was excited. “We have missed a coach like this one,” the lock said.",
        "Rua Tane",
    ),
    # … and a region's -man: "the Kerryman"
    (
        "definite_role_subject",
        "Ian Boyd scored twice in the final. “It means a lot to the county,” the Kerryman said.",
        "Ian Boyd",
    ),
    # a nationality with "the" refers back as a role noun does
    (
        "definite_role_subject",
        "Lena Holm scored twice for Eastfield on Sunday. “It was the right time to go,” the Swede said.",
        "Lena Holm",
    ),
    (
        "definite_role_subject",
        "Femke Bakker won the stage by nine seconds. “I was stronger today,” said the Dutchwoman.",
        "Femke Bakker",
    ),
    (
        "document_subject",
        "A letter from the Acme Corporation says “all staff must return to the office by June.”",
        "Acme Corporation",
    ),
    (
        "group_subject",
        "Acme Corporation cut 300 jobs in May. “We regret the losses deeply,” the company said.",
        "Acme Corporation",
    ),
    (
        "continuation",
        "“We will win this fight,” said Jane Roe. The crowd cheered. “And we will win the next one too.”",
        "Jane Roe",
    ),
    (
        "sentence_subject",
        "Jane Roe dubbed the new law “a disgrace to every worker in the country”.",
        "Jane Roe",
    ),
    (
        "sentence_subject",
        "Councillor Tam Ardley was blunt: “We cannot afford another bridge.”",
        "Tam Ardley",
    ),
    (
        "speech_before",
        "Rents went up again. As Jane Roe told the council, the city had run out of land. “We cannot build on water.”",
        "Jane Roe",
    ),
    (
        "speaker_named_next",
        "Residents spent the night on rooftops.\n\n“The water came up so fast we took nothing.”\n\n"
        "Amina Saide, a market trader, said she had lost her stock.",
        "Amina Saide",
    ),
    # the parser ran the quote on into the words after it: the phrase before the verb is its subject
    (
        "subject_named",
        "“We are asking families to leave now,” the agency's director, Augusto Namburete, said.",
        "Augusto Namburete",
    ),
    (
        "subject_named",
        "“We are asking families on the islands to leave now, while boats can still reach them,” the"
        " agency's director-general, Augusto Namburete, told a news conference in Maputo.",
        "Augusto Namburete",
    ),
    # the parser took the quote's last words for the verb's subject, and the name for a second one
    (
        "subject_named",
        "“Where are the children supposed to go after school? The car park?” said Dorian Velasko, a retired"
        " millwright.",
        "Dorian Velasko",
    ),
    # the parser split "vice-president" into three subjects: the last heads the name after it
    (
        "subject_named",
        "“We have never seen water come into the tunnels this quickly,” said Kessway Transit vice-president of"
        " operations Mirela Dunford-Ash.",
        "Mirela Dunford-Ash",
    ),
    # a passive speech verb with no agent: the body that reports it speaks
    (
        "speaker_reporting_the_cue",
        "In a statement, the Kessel Boxing Council said the title had been declared vacant “with immediate effect”.",
        "Kessel Boxing Council",
    ),
    # … whatever its subject: the one declared is spoken of, not speaking
    (
        "speaker_reporting_the_cue",
        "The Vexo Ministry of Foreign Affairs said in a statement that Ambassador Jo Tarlow had been declared"
        " persona non grata for “activities incompatible with her status”.",
        "Vexo Ministry of Foreign Affairs",
    ),
    # the quote speaks of "he", but the person named has just spoken: the role noun is theirs
    (
        "definite_role_subject",
        "Captain Rua Tekena said the squad was excited about the new coach. “He is honest and he is hard, and"
        " that is what we have been missing,” the lock said.",
        "Rua Tekena",
    ),
    # "the force" is the police named last
    (
        "group_subject",
        "Officers from Dunmarrow Constabulary searched the house on Friday. “Inquiries are continuing and we"
        " would ask anyone with information to come forward,” the force said.",
        "Dunmarrow Constabulary",
    ),
    # the sentence after a quote says whose words they were
    (
        "speaker_identified_after",
        "“We had no warning,” Hanno Virta said.\n\n“The timing is not accidental.” That assessment came from "
        "Kristi Saar, an analyst at the Tarlow Centre.",
        "Kristi Saar",
    ),
    (
        "speaker_identified_after",
        "“We had no warning,” Hanno Virta said.\n\n“Nobody is above the law.” The words were those of the "
        "interior minister, Peter Orvane.",
        "Peter Orvane",
    ),
    (
        "speaker_identified_after",
        "“We had no warning,” Hanno Virta said.\n\n“I have been here since five.” That was Dana Orvane, a nurse.",
        "Dana Orvane",
    ),
    # a quote over two paragraphs, its speaker named in the second: the first quote is checked
    (
        "speaker_given_where_it_runs_on",
        "The envoy spoke on Friday.\n\n“My grandchildren may grow up without the island. That is no forecast."
        "\n\n“We have started to map where our cemeteries will go,” the envoy of Tarlow, Fetu Orvane, said.",
        "Fetu Orvane",
    ),
]
QUOTE_CHECKED = {"speaker_given_where_it_runs_on": 0}  # an earlier quote takes a later one's speaker


@pytest.mark.parametrize(
    ("rule", "markdown", "speaker"), EXAMPLES, ids=[f"{r}-{i}" for i, (r, *_) in enumerate(EXAMPLES)]
)
def test_each_rule_names_the_speaker_and_only_it_does(speakers_of, rule, markdown, speaker):
    checked = QUOTE_CHECKED.get(rule, -1)
    assert speakers_of(markdown)[checked][1] == speaker
    assert speakers_of(markdown, disabled={rule})[checked][1] != speaker


def test_a_town_an_unnamed_speaker_is_from_does_not_speak(speakers_of):
    """ "said a 45-year-old woman from Vexmoor": the town says where she lives; no one named speaks.
    "a spokesman from Acme" still speaks for Acme."""
    assert speakers_of("“It was terrifying,” said a 45-year-old woman from Marlow Vale.")[-1][1] is None
    assert speakers_of("“It was terrifying,” said a spokesman from Vexo Holdings.")[-1][1] == "Vexo Holdings"
    assert speakers_of("“It was terrifying,” said a woman from the village.")[-1][1] is None  # no name after "from"
    officer = speakers_of("“Stay away from the river,” said an officer from Dunmore Police.")[-1][1]
    assert officer == "Dunmore Police"  # someone a body employs may speak for it


def test_the_letters_of_a_post_name_no_one_where_two_were_just_named(speakers_of):
    """ "the CEO said" after a chief executive and a chairman named together: which, the letters
    cannot say; "the MP" after "Labour MP Jo Bloggs" is Jo Bloggs though another is named since."""
    text = "Chief executive Ingrid Solberg and chairman Lars Eide met investors. “We will not cut it,” the CEO said."
    assert speakers_of(text)[-1][1] is None
    text = "Labour MP Jo Bloggs said the plan failed. Ann Kett and Tom Hale agreed. “It is a disgrace,” the MP said."
    assert speakers_of(text)[-1][1] == "Jo Bloggs"


def test_a_pronoun_means_the_holder_of_a_capitalised_office_for_a_field(speakers_of):
    """ "Minister for Health Cathal Brennan said …. Speaking on radio, he said": the parser hangs the
    name on "for"; the office is the subject, so its holder is whom "he" means, not the body a
    spokesperson spoke for before. "A spokesman for Jo Roe said …. He said" is the spokesman."""
    text = (
        "A spokesperson for the Vexo Health Board said it valued nurses. The spokesperson said posts were approved.\n\n"
        'Minister for Health Cathal Brennan said on Sunday he was "disappointed" by the union\'s move. '
        "Speaking on radio, he said: “There is a process in place.”"
    )
    assert speakers_of(text)[-1][1] == "Cathal Brennan"
    text = "A spokesman for Jo Roe said the singer was resting. He said: “She will be back on stage in May.”"
    assert speakers_of(text)[-1][1] is None


def test_a_quote_left_open_takes_the_speaker_of_the_paragraphs_it_runs_into(speakers_of):
    """Over three paragraphs, the speaker named in the third."""
    three = (
        "“The river rose in an hour. Nobody had seen it so high.\n\n“The bridge went first.\n\n"
        "“We lost everything,” said Dana Orvane, a farmer."
    )
    assert [speaker for _, speaker in speakers_of(three)] == ["Dana Orvane"] * 3


def test_a_sentence_after_a_quote_that_is_not_about_its_words_names_no_speaker(speakers_of):
    """Only a subject that points back to the words ("that", "the words", "that assessment"): "The
    minister was Dana Orvane" says nothing of whose the quote is."""
    text = (
        "“We had no warning,” Hanno Virta said.\n\n“It was a long night.” The night nurse was Dana Orvane, "
        "who had worked there for years."
    )
    assert speakers_of(text)[-1][1] != "Dana Orvane"


@pytest.mark.parametrize(
    "after",
    [
        "This comes as the finance minister, Dana Orvane, prepares her budget.",
        "That is not a view shared by Dana Orvane, the finance minister.",
        "The verdict came on Friday from Judge Dana Orvane, who jailed him.",
    ],
)
def test_a_sentence_after_a_quote_that_does_not_give_its_words_keeps_the_speaker(speakers_of, after):
    """ "This comes as …", a denial, a verdict that "came from" a judge: none says whose the words
    were, so the quote goes on from the speaker before."""
    text = f"“Prices are rising,” Hanno Virta said.\n\n“Families cannot cope.” {after}"
    assert speakers_of(text)[-1][1] == "Hanno Virta"


def test_a_quote_left_open_inside_a_sentence_takes_no_later_speaker(speakers_of):
    """A stray opening mark before words quoted inside a sentence is no quote over two paragraphs."""
    text = "The council called the plan “a betrayal of every family here.\n\n“We will fight it,” said Dana Orvane."
    assert all(speaker is None for text_, speaker in speakers_of(text) if text_.startswith("a betrayal"))


def test_every_rule_has_an_example():
    assert {rule for rule, _, _ in EXAMPLES} == set(RULE_NAMES)


def test_an_unknown_rule_is_refused():
    with pytest.raises(ValueError, match="unknown quote rule"):
        QuoteFinder(frozenset({"no_such_rule"}))


def test_a_spokesperson_of_a_body_speaks_for_the_body_of_that_kind_named_last(speakers_of):
    found = speakers_of(
        "Greenfield Council said it would appeal.\n\n“We believe the decision is wrong,” a council spokesman said."
    )
    assert found[-1][1] == "Greenfield Council"
    found = speakers_of(
        "Greenfield Council said it would appeal. Velmont Bank disagreed.\n\n"
        "“We believe the decision is wrong,” a council spokesman said."
    )
    assert found[-1][1] == "Greenfield Council"  # the council named last, not the bank named since
    found = speakers_of(
        "The Transport Department served a notice on Vexo Rides Limited on Thursday. “Platforms that profit "
        "from illegal rides will be held responsible,” a department spokesman said."
    )
    assert found[-1][1] == "Transport Department"
    found = speakers_of("Velmont Bank disagreed.\n\n“We believe the decision is wrong,” a council spokesman said.")
    assert found[-1][1] is None  # no council is named


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Health said the ward would close. A company spokesman said it had “no choice”.",
        # a public body or a cause with a trade word in its name is no company
        "Vexo Gas Corp was fined by the Department of Energy. “We disagree,” a company spokesman said.",
        "Vexo Mining was accused by Amnesty International. “We reject this,” a company spokesman said.",
    ],
)
def test_a_company_spokesman_speaks_for_a_company_only(speakers_of, text):
    assert speakers_of(text)[-1][1] in (None, "Vexo Gas Corp", "Vexo Mining")


@pytest.mark.parametrize(
    "markdown",
    [
        # two bodies described with the noun: it singles out neither
        "Orin Lines, the shipping line that serves the islands, lost a contract to Halvard Ocean Lines, the "
        "region's biggest shipping line. “We remain focused on our routes,” the shipping line said.",
        # the second description sets the name after the noun
        "Greenfield Academy, a private school in Tarlow, expelled six pupils. A second school in the town, "
        "Kestrel College, closed for a week. “The safety of our pupils comes first,” the school said.",
    ],
)
def test_a_noun_that_described_two_bodies_names_neither(speakers_of, markdown):
    assert speakers_of(markdown)[-1][1] is None


def test_a_body_s_noun_describes_no_person_named_after_it(speakers_of):
    """ "Parents told the school Jo Roe had been bullied": a person after the noun is no school."""
    markdown = (
        "Parents told the school Jo Roe had been bullied for months. “We take every report seriously,” the school said."
    )
    assert speakers_of(markdown)[-1][1] != "Jo Roe"


def test_a_body_whose_name_the_noun_heads_bears_it_as_a_described_one_does(speakers_of):
    """ "the central bank, Vexbanka, fined Kessel Private Bank AS … the bank said": both are banks, so
    the description singles out neither and the bank named by its head word last speaks."""
    markdown = (
        "Eastland's central bank, Vexbanka, on Tuesday fined Kessel Private Bank AS over its controls.\n\n"
        "In a statement, the bank said it had “fundamentally changed” its client base."
    )
    assert speakers_of(markdown)[-1][1] == "Kessel Private Bank AS"


def test_a_word_for_any_firm_describes_no_firm_in_particular(speakers_of):
    """ "Halyard Response, a Tarlow company, … the company said": "company" describes every firm,
    so the one named last by a company's name speaks."""
    markdown = (
        "Divers from Halyard Response, a Tarlow company, reached the wreck on Friday. The tanker is run by "
        "Ostervelt Tankers BV. In a statement, the company said it was “co-operating fully” with the inquiry."
    )
    assert speakers_of(markdown)[-1][1] == "Ostervelt Tankers BV"


def test_a_law_firm_spokesman_is_not_its_client_s(speakers_of):
    text = "Baxter Reid LLP is representing Dunmore Foods. “We will fight it,” a law firm spokesman said."
    assert speakers_of(text)[-1][1] != "Dunmore Foods"


@pytest.mark.parametrize(
    "text",
    [
        "Neil Sampson took the stand. “I was at home that night,” the Ombudsman said.",  # an office
        "Councillor Ann Tait defended the plan. “It is a bold vision,” The Scotsman said in an editorial.",
    ],
)
def test_an_office_or_a_newspaper_in_man_is_no_nationality(speakers_of, text):
    assert speakers_of(text)[-1][1] not in ("Neil Sampson", "Ann Tait")


@pytest.mark.parametrize(
    "markdown",
    [
        # "a" brings in someone new
        "Acme spokesman Jo Roe said the plant would close. Police closed the road. “We have had no reports "
        "of injuries,” a police spokesman said.",
        "Acme spokesman Jo Roe said the plant would close. “It is a sad day,” a spokesman said.",
        # a role of another body or field is another person's
        "Acme spokesman Jo Roe said the plant would close. “We have had no reports of losses,” the bank "
        "spokesman said.",
        "President Jo Roe of Eastland met leaders of Tarlow on Monday. “We will not sign,” the Tarlow president said.",
        # a body named in a clause on the holder is not the body the role is of
        "Captain Jo Roe, who beat Tarlow Athletic last week, was rested. “We were lucky,” the Tarlow "
        "Athletic captain said.",
    ],
)
def test_a_role_noun_is_not_the_person_given_another_kind_of_that_role(speakers_of, markdown):
    assert speakers_of(markdown)[-1][1] != "Jo Roe"


def test_a_word_that_is_part_of_the_role_brings_in_no_one(speakers_of):
    markdown = "Jo Roe has led the side since 2019. “We were poor,” the head coach said."
    assert speakers_of(markdown)[-1][1] == "Jo Roe"


def test_a_word_for_any_body_is_the_body_whose_spokesman_was_named(speakers_of):
    found = speakers_of(
        "Kenya Power spokesman Peter Njenga said supply would be restored by evening. “We regret the outage,” "
        "the company spokesman said."
    )
    assert found[-1][1] == "Peter Njenga"


def test_the_role_of_a_body_is_the_person_given_that_role_before(speakers_of):
    """ "the Eastvale captain said": a person holds the role; the captain the text named before
    with that body, and the body only where it named none."""
    found = speakers_of(
        "Eastvale Rovers captain Mahalia Tuipulotu scored late. “We gave them too much of a start,” "
        "the Eastvale Rovers captain said."
    )
    assert found[-1][1] == "Mahalia Tuipulotu"
    found = speakers_of(
        "Eastvale Rovers lost 3-1. “We gave them too much of a start,” the Eastvale Rovers captain said."
    )
    assert found[-1][1] == "Eastvale Rovers"


@pytest.mark.parametrize(
    "markdown",
    [
        # the verb that reports the quote is "said", not the nearer "urged", whose subject is the industry
        "Courant Media Group said the industry was 'braced for a difficult winter' and urged owners to register.",
    ],
)
def test_the_body_that_reports_the_quote_speaks(speakers_of, markdown):
    assert speakers_of(markdown)[-1][1] == "Courant Media Group"


def test_a_colon_after_an_active_clause_and_a_not_inside_the_quote(speakers_of):
    assert speakers_of("Jo Marston put it bluntly: “We will not give up.”")[-1][1] == "Jo Marston"
    assert speakers_of("“Absolutely not,” Tom Ardley replied.")[-1] == ("Absolutely not,", "Tom Ardley")


def test_the_age_names_the_person_of_that_age(speakers_of):
    found = speakers_of(
        "Tom Ardley, 52, was jailed for attacking Dan Hollis, 31, outside a pub. "
        "“I still have nightmares every night,” the 31-year-old said."
    )
    assert found[-1][1] == "Dan Hollis"
    found = speakers_of(
        "Dean Hollis, 34, was jailed on Monday. Coach Ivo Marek was sacked on Tuesday. "
        "“The referee cost us the game,” the 52-year-old said."
    )
    assert found[-1][1] == "Ivo Marek"  # the one given no other age


def test_a_quote_alone_is_the_next_persons_unless_something_written_was_named_before_it(speakers_of):
    lead = "“The water came up so fast we took nothing.”\n\nAmina Saide lost her stall when the river rose."
    assert speakers_of(lead)[-1][1] == "Amina Saide"
    feature = (
        "Hundreds queued outside the store.\n\n“I've been here since 5am.”\n\nDave Pollard, 63, was first in line."
    )
    assert speakers_of(feature)[-1][1] == "Dave Pollard"
    charge = (
        "Prosecutors filed the charges on Monday.\n\n“The defendant knowingly hid the funds from investors.”\n\n"
        "Daniel Okoro, 45, faces up to ten years in prison."
    )
    assert speakers_of(charge)[-1][1] is None  # quoted writing, not what Okoro says
    charged = "He was charged with assault last week.\n\n“I never touched him.”\n\nTom Keane said he would fight it."
    assert speakers_of(charged)[-1][1] == "Tom Keane"  # a verb of writing's family names nothing written
    appeal = "Police appealed on Monday.\n\n“Someone knows where he is.”\n\nTom Hale, 15, has not been seen since May."
    assert speakers_of(appeal)[-1][1] is None  # the one the appeal is about


def test_words_someone_was_sent_are_not_theirs(speakers_of):
    assert speakers_of("Tam Ardley was sent a threatening letter: “We know where you live.”")[-1][1] is None


def test_a_chairman_may_be_a_woman(speakers_of):
    found = speakers_of(
        "Tom Brandt, the chief executive, said the deal was off. The company's chairman, Ines Calloway, "
        "said the board would meet. She said the firm remained “a strong business with a bright future”."
    )
    assert found[-1][1] == "Ines Calloway"


def test_a_pronoun_means_the_main_clauses_subject_before_a_subordinate_clauses(speakers_of):
    found = speakers_of("Maria Lopez resigned after Susan Hartley took over the team. “I had no choice,” she said.")
    assert found[-1][1] == "Maria Lopez"
    found = speakers_of("Peter Walsh scored twice as David Moore watched. “It was a team effort,” he said.")
    assert found[-1][1] == "Peter Walsh"
    found = speakers_of("Peter Walsh was on the bench when David Moore scored the winner. “I just hit it,” he said.")
    assert found[-1][1] == "David Moore"  # a main clause that only places its subject: the event is the other's
    found = speakers_of("Peter Walsh was livid after David Moore was sent off. “It was never a red card,” he said.")
    assert found[-1][1] == "Peter Walsh"  # a reaction keeps its subject ahead


def test_a_pronoun_means_whom_a_quote_was_given_in_the_sentence_before(speakers_of):
    """However the parser read the sentence, a person a quote there was given to speaks there: the
    nearest speaker, not one named earlier as a subject."""
    text = (
        "Transport minister Leontyne Abara said fares would rise.\n\nOn Kellow Island, Marisol Obuya-Hart, "
        "who runs a small guesthouse, said a suspension would be “a disaster” for the island. “Half my guests "
        "come over on the boat,” she said."
    )
    assert speakers_of(text)[-1][1] == "Marisol Obuya-Hart"
    assert speakers_of(text, disabled={"name_after_a_fronted_phrase"})[-1][1] == "Leontyne Abara"


def hand_parsed(text: str, heads: list[int], deps: str, pos: str) -> Doc:
    """A Doc with the parse given (heads as indices), as the model may misread it."""
    words = text.split()
    return Doc(English().vocab, words=words, heads=heads, deps=deps.split(), pos=pos.split())


def test_the_verb_of_a_name_the_parser_hung_on_a_noun_before_it():
    """ "At the clinic, Dana Orvane, 71, said": the name hung in apposition on the place the
    sentence opens on; "Tarlow Chamber of Commerce chief executive Dana Orvane said": on the body
    inside the subject's phrase. Either way the verb right after the name's phrase is the name's.
    Not where the verb has a subject of its own ("After meeting the mayor, Dana Orvane, said police")."""
    fronted = hand_parsed(
        "At the clinic , Dana Orvane , 71 , said she left .",
        [9, 2, 0, 2, 5, 2, 5, 5, 2, 9, 11, 9, 9],
        "prep det pobj punct compound appos punct appos punct ROOT nsubj ccomp punct",
        "ADP DET NOUN PUNCT PROPN PROPN PUNCT NUM PUNCT VERB PRON VERB PUNCT",
    )
    assert verb_of_a_name_hung_before_it(fronted[5]).text == "said"
    body = hand_parsed(
        "Tarlow Chamber of Commerce chief executive Dana Orvane said costs rose .",
        [1, 8, 1, 2, 5, 7, 7, 3, 8, 10, 8, 8],
        "compound nsubj prep pobj amod compound compound appos ROOT nsubj ccomp punct",
        "PROPN PROPN ADP PROPN ADJ NOUN PROPN PROPN VERB NOUN VERB PUNCT",
    )
    assert verb_of_a_name_hung_before_it(body[7]).text == "said"
    own_subject = hand_parsed(
        "After meeting the mayor , Dana Orvane , said police .",
        [8, 0, 3, 1, 3, 6, 3, 3, 8, 8, 8],
        "prep pcomp det dobj punct compound appos punct ROOT nsubj punct",
        "ADP VERB DET NOUN PUNCT PROPN PROPN PUNCT VERB NOUN PUNCT",
    )
    assert verb_of_a_name_hung_before_it(own_subject[6]) is None
    assert verb_of_a_name_hung_before_it(fronted[2]) is None  # "clinic" is no apposition


def test_a_pronoun_does_not_mean_a_name_inside_a_clause_of_its_own(speakers_of):
    """ "The committee, which includes the caretaker, Mira Lanz, voted": Lanz is the clause's
    object, not whom the verb after her name has as its subject."""
    text = (
        "“We will fight on,” Dana Orvane said.\n\nThe committee, which includes the caretaker, Mira Lanz, "
        "voted to close the school.\n\n“It is a sad day,” she said."
    )
    assert speakers_of(text)[-1][1] == "Dana Orvane"


def test_a_pronoun_does_not_mean_someone_who_declined_to_comment(speakers_of):
    text = (
        "“The rent has doubled,” Mira Lanz said.\n\nThe landlord, Dana Orvane, declined to comment.\n\n"
        "“I cannot pay it. I have two children. I work nights. I am scared,” she said."
    )
    assert speakers_of(text)[-1][1] == "Mira Lanz"


def test_a_pronoun_means_a_person_the_parser_hung_on_the_phrase_opening_the_sentence(speakers_of):
    """ "At a shelter in Kellow, Dana Orvane, 71, said she had left": she said it, and a "she" in
    the next paragraph means her, not the last person quoted before."""
    text = (
        "“We knocked on every door,” Leontyne Abara said.\n\nAt a shelter in Kellow, Dana Orvane, 71, said "
        "she had left with her dogs.\n\n“I know what a fire looks like,” she said."
    )
    assert speakers_of(text)[-1][1] == "Dana Orvane"


def test_a_name_after_a_fronted_phrase_speaks_only_when_the_verb_has_no_subject(speakers_of):
    found = speakers_of("In Kisumu, Amina Otieno, a fish trader, said prices had “doubled since March”.")
    assert found[-1][1] == "Amina Otieno"
    found = speakers_of("After meeting Amina Otieno, the minister Jo Abara said prices had “doubled since March”.")
    assert found[-1][1] == "Jo Abara"  # the verb's own subject


def test_sentences_inside_a_quote_do_not_use_up_the_pronouns_reach(speakers_of):
    """A pronoun looks back four sentences for whom it means; a long quote's own sentences are
    not among them, so "she" after three quoted sentences still reaches the person named before."""
    text = (
        "“We are doing all we can,” mine manager Tomas Renko told reporters.\n\nOutside the gates, Dana "
        "Orvane waited with other relatives. Her husband is still underground.\n\n“He phoned me on Sunday. "
        "He said the ground was moving. He did not want to go down.” She said she had not slept since Monday."
    )
    assert speakers_of(text)[-1][1] == "Dana Orvane"


def test_a_pronoun_means_the_doer_of_a_passive_before_an_earlier_speaker(speakers_of):
    """ "The farm is run by Graham Ashcroft": the agent is whom the sentence brings in, as a
    subject would be; the earlier speaker is not the nearest person."""
    found = speakers_of(
        "Mira Talbot said the cull was needed. The farm is run by Graham Ashcroft, whose family have "
        "kept turkeys there for decades. He said the outbreak had come “at the worst possible moment”."
    )
    assert found[-1][1] == "Graham Ashcroft"


def test_a_pronoun_means_the_holder_of_a_capitalised_title_with_of(speakers_of):
    """ "Minister of Social Security Jo Roe defended the bill": the title is the subject, however
    it is written; the name it hangs from through "of" is whom the pronoun means."""
    found = speakers_of(
        "Mira Talbot, a cleaner, joined the march. Minister of Social Security Devika Ramsaran defended "
        "the bill in the Assembly. “Nobody will lose a single rupee,” she told members."
    )
    assert found[-1][1] == "Devika Ramsaran"


def test_a_pronoun_means_a_member_of_parliament_named_after_the_title(speakers_of):
    """ "Member of Parliament" is a title like "Minister of Social Security" (lexicon titles)."""
    found = speakers_of(
        "Independent Member of Parliament Tevita Koloamatangi told Radio Tonga the levy was unfair. "
        "“It is a tax on the poor,” he said."
    )
    assert found[-1][1] == "Tevita Koloamatangi"


@pytest.mark.parametrize(
    "markdown",
    [
        # the police named last, not the council named since
        "Dunmarrow Constabulary said the officer had been suspended. Kellow Borough Council said it was "
        "concerned. “We have referred the matter to the watchdog,” the force said.",
    ],
)
def test_the_force_is_the_police_named_last(speakers_of, markdown):
    assert speakers_of(markdown)[-1][1] == "Dunmarrow Constabulary"


def test_a_task_force_is_no_police_force(speakers_of):
    found = speakers_of(
        "Dunmarrow Constabulary monitored the protest. “This cannot go on,” the housing task force said in its report."
    )
    assert found[-1][1] is None


@pytest.mark.parametrize(
    "markdown",
    [
        # the listener of a passive speech verb is no one who cannot speak: no reporter takes the quote
        "Police said the woman was told “you are next” as she left the shop.",
        # an agent says who spoke, though no name names them
        "Police said the woman was told “you are next” by a stranger in the street.",
        # a verb whose passive subject is the one spoken to, whatever noun names them
        "Police said the jury was told “the evidence is overwhelming” on the first day.",
    ],
)
def test_a_passive_cue_with_a_listener_or_an_agent_is_not_the_reporters(speakers_of, markdown):
    assert speakers_of(markdown)[-1][1] is None


def test_a_reporting_verb_gives_its_quote_only_to_a_named_subject(speakers_of):
    """ "Rescue officials in Nepal said the search would continue '…'": no name names the officials;
    the country inside their phrase does not speak."""
    found = speakers_of(
        "Rescue officials in Nepal said the search would continue “through the night, weather permitting”."
    )
    assert found[-1][1] != "Nepal"


def test_a_pronoun_skips_a_person_of_the_other_gender(speakers_of):
    found = speakers_of(
        "Mr Doe and Ms Roe opened the new school on Monday. Mr Doe cut the ribbon.\n\n"
        "“Every child here will learn to swim,” she said."
    )
    assert found[-1][1] == "Roe"


@pytest.mark.parametrize(
    "markdown",
    [
        # "a" brings in someone new; a possessor says whose role it is, not who holds it
        "Jane Roe, the opposition leader, criticised the plan. “It is a disgrace,” a minister said.",
        "Jo Bloggs praised the deal on Monday. “It will cost us jobs,” the union's spokesman said.",
        # the quote speaks of the person just named: she is its subject, not its speaker
        "Jane Roe was hurt in the crash on Monday. “She is stable and awake,” the doctor said.",
        # the text gives the person the other gender
        "Mr Jo Bloggs thanked his staff. “We worked hard all year,” the spokeswoman said.",
        # a place's or a body's word before the role: someone there, not the person named
        "Jo Roe missed her flight to Tarlow. “Flights are delayed,” the airport spokesman said.",
        # an age in words matches no age the text gave, and breaks nothing
        "Jo Roe, 34, lost in the final. “We were poor,” the twenty-year-old said.",
    ],
)
def test_a_role_noun_that_brings_in_someone_new_is_not_resolved(speakers_of, markdown):
    assert speakers_of(markdown)[-1][1] is None


def test_a_trade_noun_is_no_proof_the_body_named_last_is_of_that_trade(speakers_of):
    markdown = (
        "The BBC said it had received 3,000 complaints. Ofcom said it would investigate. “We stand by our "
        "journalism,” the broadcaster said."
    )
    assert speakers_of(markdown)[-1][1] is None


@pytest.mark.parametrize(
    ("markdown", "speaker"),
    [
        # a statement issued by someone's family is not theirs
        (
            "The family of Tomás Reilly released a statement through solicitors. “He was a loving father and "
            "husband,” the statement said.",
            None,
        ),
        # a name in apposition to the subject issued it
        (
            "One of his friends, Oskar Lindqvist, said in a statement read to the court that he had tried to "
            "help. “I threw him the float we had,” the statement said.",
            "Oskar Lindqvist",
        ),
        # the document's own phrase names who issued it
        (
            "Vexo Foods recalled its pies, according to a statement from Tarlow Freight on Monday. “We regret "
            "the delay,” the statement said.",
            "Tarlow Freight",
        ),
    ],
)
def test_who_issued_the_statement_named_before(speakers_of, markdown, speaker):
    assert speakers_of(markdown)[-1][1] == speaker


def test_a_pronoun_after_a_spokesperson_who_spoke_means_the_spokesperson(speakers_of):
    found = speakers_of(
        "Acme chief executive Dan Roe apologised. “We fell short,” he said.\n\n"
        "A Vexo Bank spokeswoman said no customer had lost money. “The accounts are closed,” she said."
    )
    assert found[-1][1] == "Vexo Bank"
    found = speakers_of("Dan Roe led the talks. A spokesman said they had failed. “It is over,” he said.")
    assert found[-1][1] is None  # someone new, whom the text does not name: not Dan Roe


def test_a_pronoun_after_a_company_spokeswoman_means_the_company(speakers_of):
    found = speakers_of(
        "The ship is run by Kelbrook Shipping, which is based in Hull. Harbour master Dan Roe said the tide "
        "had turned. A company spokeswoman said the engine had failed. She said the company was “cooperating "
        "fully” with investigators."
    )
    assert found[-1][1] == "Kelbrook Shipping"


@pytest.mark.parametrize(
    ("markdown", "speaker"),
    [
        # the statement the text named before, and whoever issued it there
        (
            "Tarlow Freight said in a statement read to the court that it had cooperated with Eastvale Police. "
            "“We regret the loss of a young life,” the statement said.",
            "Tarlow Freight",
        ),
        (
            "Vexo Foods issued a statement on Monday. The Food Standards Agency said tests were under way. "
            "“We are working with the regulator,” the statement said.",
            "Vexo Foods",
        ),
        # no statement named before: the rule leaves it to the body named last
        (
            "Vexo Foods recalled its pies. “We are working with the regulator,” the statement said.",
            "Vexo Foods",
        ),
    ],
)
def test_the_statement_speaks_for_whoever_issued_it(speakers_of, markdown, speaker):
    assert speakers_of(markdown)[-1][1] == speaker


@pytest.mark.parametrize(
    ("markdown", "speaker"),
    [
        # a role inside what someone else reports does not speak next
        (
            "Mayor Jane Ortega said an officer had told her the bridge was unsafe. “We cannot wait,” she said.",
            "Jane Ortega",
        ),
        # whom a role works for is not who holds it
        ("Ms Lee's solicitor said she would appeal. “Justice has not been done,” he said.", None),
        # the holder named beside the role, even after whom the role speaks for
        (
            "A spokeswoman for Harlow Council, Anne Tibbs, said bins would be collected. “We apologise,” she said.",
            "Anne Tibbs",
        ),
    ],
)
def test_a_pronoun_after_a_role_that_is_not_the_speaker(speakers_of, markdown, speaker):
    assert speakers_of(markdown)[-1][1] == speaker


def test_a_pronoun_after_the_minister_who_spoke_means_the_minister_named_before(speakers_of):
    found = speakers_of(
        "Health Minister Jane Roe visited the ward. The minister said more staff were needed. "
        "“We cannot go on,” she said."
    )
    assert found[-1][1] == "Jane Roe"


def test_a_person_named_after_a_role_with_of_is_the_speaker_a_pronoun_means(speakers_of):
    found = speakers_of(
        "“You could feel the crowd,” Jo Bloggs said.\n\n"
        "Eastport director of rugby Dan Roe said his players had tired. “We had the game won,” he said."
    )
    assert found[-1][1] == "Dan Roe"


def test_a_role_subject_with_its_holder_in_apposition_read_as_a_second_subject(speakers_of):
    found = speakers_of(
        "The prize was presented on Tuesday night. The chair of the judges, the novelist Mara Quell, called the "
        "book 'a thrilling, humane and honest piece of work'."
    )
    assert found[-1][1] == "Mara Quell"


@pytest.mark.parametrize(
    "markdown",
    [
        "“Enough is enough.”\n\nThat was the message from thousands who marched on Saturday.",  # no one named
        "“Enough is enough.” The crowd chanted it for hours.\n\nJo Roe said she had never seen such anger.",
    ],
)
def test_a_quote_standing_alone_takes_no_speaker_the_next_paragraph_does_not_open_on(speakers_of, markdown):
    assert speakers_of(markdown)[0][1] is None


def test_a_quote_introduced_by_another_person_does_not_continue_the_last(speakers_of):
    found = speakers_of(
        "Dr Jane Roe led the trial. “Infections fell by half,” she said. "
        "Her colleague, Dr Jo Bloggs, was more cautious: “We need a bigger trial.”"
    )
    assert found[-1] == ("We need a bigger trial.", "Jo Bloggs")
    found = speakers_of("“Infections fell by half,” Jane Roe said. She was more cautious about costs: “We need money.”")
    assert found[-1] == ("We need money.", "Jane Roe")  # the same person: it carries on
    # a quote the sentence uses as an object is no introduction of a new speaker
    found = speakers_of(
        "“We are devastated,” said coach Jane Roe. Striker Jo Bloggs suffered “a very serious injury, "
        "and he will be out for months.”"
    )
    assert found[-1][1] == "Jane Roe"


def test_a_seen_document_is_not_the_outlet_speaking(speakers_of):
    found = speakers_of("A letter seen by the Northtown Herald says “all staff must return to the office by June.”")
    assert found[-1][1] is None


def test_a_passive_speech_verb_names_the_listener_not_the_speaker(speakers_of):
    assert speakers_of("Jane Roe was told: “Your contract will not be renewed after June.”")[-1][1] is None


def test_an_introduction_cut_by_a_paragraph_break_still_attributes(speakers_of):
    found = speakers_of("Jane Roe stated,\n\n“The driver took the old road through the hills.”")
    assert found == [("The driver took the old road through the hills.", "Jane Roe")]


def test_a_speech_verb_tagged_as_a_noun_still_attributes(speakers_of):
    found = speakers_of("The Northtown Water Board notes, “Old pipes lose more water than all leaks combined”, again.")
    assert found[-1][1] == "Northtown Water Board"


def test_a_short_title_s_full_stop_ends_no_sentence(speakers_of):
    # the tokenizer splits "Sgt." and the parser would end a sentence at its stop, away from the quote
    text = (
        "“The alarm system had been disabled, and the thieves knew what they wanted,” Sgt. Marie-Ève"
        " Lapointe, a provincial police spokeswoman, said in an interview."
    )
    assert speakers_of(text)[-1][1] == "Marie-Ève Lapointe"


def test_a_person_named_inside_a_quote_takes_no_gender_from_its_speakers_pronoun(speakers_of):
    """ "“… because Dan Tarlow told them it was safe,” she said": the person inside the quote is not
    the "she" who speaks it, so the text has not made him a woman, and an earlier "he said"
    still means him."""
    found = speakers_of(
        "City manager Jo Vexo confirmed the payment on Monday.\n\n"
        "Mayor Dan Tarlow blamed the last council. “Anybody could see it,” he said.\n\n"
        "“Some of them only trusted it because Dan Tarlow told them it was safe,” she said."
    )
    assert found[0] == ("Anybody could see it,", "Dan Tarlow")


def test_a_source_the_parser_hung_on_according_speaks():
    """ "…, according to the authority's chief officer, Dr Orla Vexo.": the parser may hang the name
    on "according" rather than on its "to"; she is still the one who speaks (weight 2), so a "she
    said" after means her."""
    words = ["Boats", "sailed", ",", "according", "to", "the", "officer", ",", "Jo", "Vexo", "."]
    heads = [1, 1, 1, 1, 3, 6, 4, 9, 9, 3, 1]
    deps = ["nsubj", "ROOT", "punct", "prep", "prep", "det", "pobj", "punct", "compound", "pobj", "punct"]
    pos = ["NOUN", "VERB", "PUNCT", "VERB", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert person_weight(doc[9], doc[:]) == 2


def test_a_participle_describing_a_noun_is_no_speech_cue(speakers_of):
    """ "Acme said in a written statement that firms “…”": "written" is nearer the quote than
    "said", but it describes the statement; "said" is the cue, and Acme the speaker."""
    found = speakers_of(
        "The Vexo Traders' Association said in a written statement that many small firms "
        "“will have to choose between raising prices and cutting jobs”."
    )
    assert found[-1][1] == "Vexo Traders' Association"
