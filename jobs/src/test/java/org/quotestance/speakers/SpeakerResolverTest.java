package org.quotestance.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotestance.nlp.LinguisticPipeline;
import org.quotestance.nlp.TaggedText;
import org.quotestance.quotes.Quotation;
import org.quotestance.quotes.QuotationFinder;

class SpeakerResolverTest {

  private static List<String> speakers(String text) {
    TaggedText doc = LinguisticPipeline.shared().tag(text);
    List<Quotation> qs = QuotationFinder.find(doc);
    List<String> out = new ArrayList<>();
    for (Speaker sp : new SpeakerResolver(doc, ArticlePeople.of(doc), CanonicalNames.defaults()).resolve(qs)) {
      out.add(sp.canonical());
    }
    return out;
  }

  @Test
  void aHeadlineVerbOfSayingIsNoPartOfTheName() {
    // the name finder reads "Glenn Beck Says Trump" and "Trevor Noah Says" as names; the article's "Beck" is Glenn Beck
    assertEquals(List.of("Glenn Beck"), speakers("Glenn Beck Says Trump, ‘Alt Right’ Pose A Threat To Democracy.\n\n"
        + "Talk show host Glenn Beck said Trump was a danger. Donald Trump did not reply. Beck warned that the "
        + "movement was racist.").stream().distinct().toList());
    assertEquals(List.of("Trevor Noah"), speakers("Trump Is Like A Lawyer’s Dumbest Client Ever, Trevor Noah Says.\n\n"
        + "Trevor Noah said the claim was absurd.").stream().distinct().toList());
  }

  @Test
  void aDatelineBeforeTheSourceIsNoPartOfItsMention() {
    TaggedText doc = LinguisticPipeline.shared().tag(
        "WASHINGTON — Sen. Chuck Grassley said Tuesday that the Senate would not hold hearings.");
    Speaker sp = new SpeakerResolver(doc, ArticlePeople.of(doc), CanonicalNames.defaults()).resolve(QuotationFinder.find(doc)).get(0);
    assertEquals("Sen. Chuck Grassley", sp.mention());
    assertEquals(doc.text().indexOf("Sen."), sp.mentionStart());
    assertEquals("Chuck Grassley", sp.canonical());
    // a hyphen standing alone for a dash
    TaggedText hyphen = LinguisticPipeline.shared().tag("Hillary Clinton spoke in Brooklyn. Her embrace of the wage at "
        + "the debate in Brooklyn -Mrs. Clinton said she would sign such a bill-is a likely flashpoint.");
    Speaker h = new SpeakerResolver(hyphen, ArticlePeople.of(hyphen), CanonicalNames.defaults())
        .resolve(QuotationFinder.find(hyphen)).get(0);
    assertEquals("Mrs. Clinton", h.mention());
    assertEquals("Hillary Clinton", h.canonical());
  }

  @Test
  void aSurnameTaggedAsACompanyIsThePersonTheArticleNames() {
    assertEquals(List.of("Michael Bloomberg"), speakers(
        "Michael Bloomberg, the founder of the Bloomberg financial news empire, said Clinton was “a sane, competent "
        + "person.” In his speech Bloomberg criticized Democrats on trade. “I’m a New Yorker,” he said, "
        + "“and New Yorkers know a con when we see one.”").stream().distinct().toList());
  }

  @Test
  void aVerbOfSayingOpeningTheSentenceIsNoPartOfTheName() {
    assertEquals(List.of("Mark Ellis"), speakers(
        "Mark Ellis, a tax lawyer, doubts the plan. Said Ellis: “I don’t get the sense she’s the least bit interested "
        + "in tax reform.”").stream().distinct().toList());
  }

  @Test
  void aNameDoesNotRunOnThroughPunctuationStandingApart() {
    // the tagger marks "Clinton - '' Born" as one person's name; it was the speaker "Clinton - '' Born"
    TaggedText doc = LinguisticPipeline.shared().tag("Neither man was impressed by Mrs. Clinton - ''Born with a "
        + "silver spoon in her mouth,'' Mr. Elkins said - but they could not back Mr. Trump either.");
    List<String> names = ArticlePeople.of(doc).mentions().stream().map(ArticlePeople.Mention::fullName).toList();
    assertEquals(true, names.contains("Clinton"), names.toString());
    assertEquals(true, names.stream().noneMatch(n -> n.contains("'") || n.contains(" - ")), names.toString());
    // an editor's brackets inside a name stay in it
    TaggedText brackets = LinguisticPipeline.shared().tag("He wants his records out the same way that Secretary "
        + "[Hillary] Clinton has gotten hers out. Clinton released her records in July.");
    List<String> bracketed = ArticlePeople.of(brackets).mentions().stream().map(ArticlePeople.Mention::fullName).toList();
    assertEquals(List.of("Hillary Clinton", "Hillary Clinton"), bracketed);
    // a hyphen inside a name stays in it
    TaggedText hyphen = LinguisticPipeline.shared().tag("Mary Smith-Jones spoke first. Later, Smith-Jones left.");
    assertEquals(List.of("Mary Smith-Jones", "Mary Smith-Jones"),
        ArticlePeople.of(hyphen).mentions().stream().map(ArticlePeople.Mention::fullName).toList());
  }

  @Test
  void pronounSkipsAPersonTheArticleGivesAnotherGender() {
    assertEquals(List.of("Ann Lee"), speakers(
        "Ann Lee met Tom Brown on Monday. Mr. Brown left early. She said that the plan would not work."));
  }

  @Test
  void pronounSkipsAPersonWhoseFirstNameIsUsuallyAnotherGender() {
    // nothing in the article tells; the first names do ("Carly" female, "John" male)
    assertEquals(List.of("Carly Fiorina"), speakers(
        "Carly Fiorina followed John Kasich on stage. She said that the deficit came first."));
    assertEquals(List.of("John Kasich"), speakers(
        "John Kasich followed Carly Fiorina on stage. He said that the deficit came first."));
  }

  /**
   * The speaker of the text's last quotation ("¶" is a paragraph break). A quotation alone in its paragraph
   * continues the reporter, not a report inside her words; "who" after appositions stands for the name
   * before them, not the place ending the apposition; quoted words before a paragraph break that belong to
   * the subject inside Susan's report leave the next quotation Susan's; speech no reporting verb claims
   * is its sentence's subject's when that is someone, not the previous paragraph's speaker's.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      alone in its paragraph          => Hillary Clinton responded by pointing a finger, saying the Sanders campaign was conflating donations from workers with support from the companies. ¶ “I do not have money from fossil fuel companies.” => Hillary Clinton
      who after appositions           => “I never really trusted her,” said Robert Stone, a 59-year-old from Hilton Head, South Carolina, who already cast an absentee ballot for Sanders. “Every time she opens her mouth, I can’t help but think she’s lying about something.” => Robert Stone
      the reporter, not his report's subject => Her liberal friends have mocked Trump’s campaign, calling Trump “an orange buffoon,” Susan said as she turned around. ¶ “But he’s our orange buffoon, and we love him!” => Susan
      speech inside its subject's sentence => “We’re alive,” Christopher Harvey said. ¶ When Trump finally wrapped up — “I will fight for you, and I will win for you!” — the balloons cascaded down on the crowd. => Trump
      speech after a subject's verb   => Those mourning the boxer never mentioned the name Donald Trump. ¶ Dr. Muhammad Babar pondered who, without Ali, might “testify for our innocence in this season of witch hunting.” => Muhammad Babar
      he added, after a long quote naming another man => Former President Vicente Fox spoke on CNN. ¶ “Trump is using Mexico,” Fox said. “I think Peña is taking a risk by hosting Trump. If he’s gone soft on Trump, it will hurt him. He will be considered a traitor. He comes here with a smile. I think this is a big mistake.” ¶ “It’s a very opportunistic move,” he added. => Vicente Fox
      she after an organisation's words => Deja Stewart, a student at Hampton University, spoke at the rally. ¶ “The turnout is the highest in years,” Yahoo News reported. ¶ “He is a savage grandpa,” she said. => Deja Stewart
      the main clause's subject, not a leading clause's => “We’re alive,” Christopher Harvey said. ¶ When the crowd finally quieted down, Trump shouted — “I will fight for you!” — to his supporters. => Trump
      """)
  void lastQuotationsSpeaker(String shape, String text, String expected) {
    List<String> got = speakers(text.replace(" ¶ ", "\n\n"));
    assertEquals(expected, got.get(got.size() - 1), shape + ": " + got);
  }

  /** Each quotation's text and its speaker's mention as written, in order. */
  private static List<String> mentions(String text) {
    TaggedText doc = LinguisticPipeline.shared().tag(text);
    List<Quotation> qs = QuotationFinder.find(doc);
    List<Speaker> sps = new SpeakerResolver(doc, ArticlePeople.of(doc), CanonicalNames.defaults()).resolve(qs);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < qs.size(); i++) {
      out.add(text.substring(qs.get(i).start(), qs.get(i).end()).trim() + " <- " + sps.get(i).mention());
    }
    return out;
  }

  /**
   * Quoted words no verb before them reports are the sentence's subject's when it names people by a common
   * noun ("policymakers"), and, when the first clause's subject is no one, the subject of a later clause
   * before them ("Ten minutes after Pence was picked …, John Podesta called"); not to a subject that was asked.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      a common noun for people => Across Asia, policymakers have been startled by the candidate's “isolationist pronouncements” on trade. => policymakers
      a later clause's subject => Ten minutes after Pence was picked as his running mate, campaign chairman John Podesta called the governor “the most extreme pick in a generation.” => John Podesta
      a question put to the subject => In an interview with the magazine published online Wednesday, Trump was asked, “What's the most dangerous place in the world you've been to?” => null
      """)
  void quotedWordsInNarrationAreTheirSubjects(String shape, String text, String expected) {
    List<String> got = mentions(text);
    String quoted = text.substring(text.indexOf('“') + 1, text.indexOf('”'));
    assertEquals(true, got.stream().anyMatch(g -> g.startsWith(quoted) && g.endsWith(expected)), shape + ": " + got);
  }

  @Test
  void aReportInsideATranscriptAnswerKeepsItsOwnSource() {
    // the question under "Q:" is the label's ("Q" and "A" label two paragraphs each); the report
    // inside it is also found, with its own source
    List<String> got = mentions("Here is the edited transcript of the interview.\n\n"
        + "Q: You have been talking about how the country is on the upswing.\n\n"
        + "A: It is a big mistake.\n\n"
        + "Q: Are you surprised?\n\nA: I am surprised.");
    assertEquals(true, got.contains("how the country is on the upswing <- You"), got.toString());
    assertEquals(true, got.stream().anyMatch(g -> g.startsWith("You have been talking") && g.endsWith("<- Q")), got.toString());
  }

  /**
   * Quotations no reporting clause claims, whose speaker a clause right after them or a label right before
   * them names: an inverted cue between two parts of the quotation, or ending its sentence (the tagger took
   * "Devine" for an adjective) or before a relative clause; a pronoun, name or noun phrase whose verb
   * reports, with a time or place after it ("it" too, an email's words); a source labelled before a colon after a dash or "From"; a
   * dash and a name signing the quotation in the next paragraph ("¶" is a paragraph break). Each would
   * otherwise continue Gallup.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      inverted cue inside the quotation => “She is too far behind,” said John Devine, “and Iowa was not a decisive win.” => John Devine
      inverted cue ending the sentence  => “It is not just a campaign. It is much bigger than him,” said Devine. “We want everybody to have a chance.” => Devine
      a name and a verb, then a time    => “This was the place where America remembered what it means to hope,” Obama said in a speech that night. => Obama
      a question, inverted cue, relative clause => “Do you want them to run against somebody in the district?” asked Sen. Maria Cantwell of Washington, who is willing to entertain some reforms. => Sen. Maria Cantwell
      "it" after the quoted words       => “They are spinning up as we speak. They include a (REDACTED),” it said. => it
      a noun phrase with an apposition  => “If he doesn't he should immediately resign in disgrace!” the presumptive GOP presidential nominee, Donald Trump, tweeted Sunday. => the presumptive GOP presidential nominee
      a label after a dash and From     => Signs of momentum shifts were there all along -More from Blumenthal and Cohen: “Data collected by our firm confirms that both issues were in play.” => Blumenthal and Cohen
      a label opening its sentence      => From the report: “In general, samples with more elaborate sampling produced more accurate results.” => the report
      a modifier read as an adverb opening the source => “There's some nagging concern he's gone through the political witness protection program,” super PAC spokeswoman Kellyanne Conway said. => super PAC spokeswoman Kellyanne Conway
      a participle inside the source after the quotation => “They have to stop and listen,” the retired neurosurgeon told REVOLT TV in a video. => the retired neurosurgeon
      a signature under the quotation   => “Boeing and GE and other multinationals pay zero taxes.” ¶ - Sanders. => Sanders
      """)
  void clauseOrLabelNextToAnUnclaimedQuotation(String shape, String paragraph, String expected) {
    List<String> got = mentions("Gallup said the race was close.\n\n" + paragraph.replace(" ¶ ", "\n\n"));
    String quoted = paragraph.substring(paragraph.indexOf('“') + 1, paragraph.indexOf('”'));
    assertEquals(true, got.contains(quoted + " <- " + expected), shape + ": " + got);
  }

  @Test
  void aQuotationEndingInANestedQuotationKeepsItsClause() {
    // the tokenizer joins "’”" into one unknown token, and may open the next sentence with it
    assertEquals(List.of("Weaver"), speakers("\u201CWhat kind of help do you need?\u2019\u201D Weaver said."));
    assertEquals(List.of("Kiedis"), speakers(
        "\u201CHe said, \u2018Dude, we already wrote the songs, bro,\u2019\u201D Kiedis continued."));
  }

  @Test
  void surnameGoesToTheFullNameAndRolesToTheirHolder() {
    assertEquals(List.of("Sergey Lavrov", "Volodymyr Zelenskyy"), speakers(
        "Russian Foreign Minister Sergey Lavrov and Ukrainian President Volodymyr Zelenskyy spoke on Monday. "
            + "Lavrov said that talks were possible. The Ukrainian president stated that his country was not invited."));
  }

  @Test
  void aRoleIsTheHeadOfATitleNotAWordInside() {
    assertEquals(java.util.Arrays.asList("Mitch McConnell", null, "Marco Rubio", null), speakers(
        "Senate Majority Leader Mitch McConnell said the bill would pass. The majority of respondents said the economy "
            + "was weak. Secretary of State Marco Rubio met the envoys. The secretary said the talks went well. The state "
            + "argued that the law was sound."));
  }

  @Test
  void aTitleWithOfBeforeTheNameNamesThePerson() {
    assertEquals(List.of("Marco Rubio"), speakers("Secretary of State Marco Rubio said the talks were a first step."));
    assertEquals(List.of("Ted Cruz"), speakers(
        "Senator Ted Cruz of Texas and Senator Rand Paul of Kentucky do it by proposing a “value-added tax.”"));
    assertEquals(false, speakers(
        "The CEO of Donald Trump’s campaign has thrown restraint to the winds, calling the race “rigged.”")
        .contains("Donald Trump"));
  }

  @Test
  void aNounBeforeOfIsNoTitle() {
    assertEquals(List.of("Barack Obama"), speakers(
        "Former President George W. Bush spoke in Texas. Mr. Steele offered a strong critique of President Barack "
            + "Obama’s military strategy. The president said the war was necessary.").stream().skip(1).toList());
  }

  @Test
  void aNameInTheSourcesRelativeClauseIsNotTheSpeaker() {
    assertEquals(java.util.Arrays.asList(null, null), speakers("Those who support Trump say the system is rigged."));
  }

  @Test
  void aPossessivePronounGoesToItsPersonAsTheSubjectPronounDoes() {
    assertEquals(List.of("Sergey Lavrov"), speakers(
        "Russian Foreign Minister Sergey Lavrov spoke on Monday. The talks ended early. "
            + "His suggestion that a judge can't be impartial drew criticism."));
  }

  @Test
  void aPronounLaterKeepsTheLastRealSpeakerNotAPossessorOfAPhrase() {
    assertEquals(java.util.Arrays.asList("Donald Trump", null, "Paul LePage"), speakers(
        "Donald Trump spoke on Monday. Voters in Maine like his message of economic frustration. "
            + "The state chose Paul LePage as its governor. "
            + "He blamed the epidemic on \u201Cguys by the name D-Money, Smoothie, Shifty.\u201D"));
  }

  @Test
  void aPieceOfWorkGoesToItsAuthorButAPersonFromAPlaceDoesNot() {
    assertEquals(java.util.Arrays.asList("Bloomberg New Energy Finance", "Pew Research Center", null), speakers(
        "Sales are growing, according to a recent report from Bloomberg New Energy Finance. "
            + "Turnout rose, according to an analysis by the Pew Research Center. "
            + "An aide from Ohio said that the talks would begin on Tuesday."));
  }

  @Test
  void aNameQualifyingAPersonNounIsNotTheSpeaker() {
    assertEquals(java.util.Arrays.asList("Brian Fallon", null, null, "Brian Fallon"), speakers(
        "Hillary Clinton spoke in Iowa. Clinton spokesman Brian Fallon said the event went well. "
            + "One Clinton aide said the mood was good. A senior Cruz adviser said Ted Cruz would win. "
            + "Clinton's spokesman said the talks were over."));
  }

  /** A title-case headline the tagger reads as one name of two people ran into every mention of both. */
  @Test
  void aHeadlineRunningTwoNamesTogetherIsNoFullerNameOfEither() {
    assertEquals(List.of("Chris Christie", "Hillary Clinton"), speakers(
        "Chris Christie Calls Hillary Clinton \u2018A Disgrace\u2019 Over Police Shooting Comments.\n\n"
            + "New Jersey Gov. Chris Christie described Democratic presidential nominee Hillary Clinton as "
            + "\u201Ca disgrace\u201D on Tuesday.\n\n\u201CShe is wrong,\u201D Clinton said."));
  }

  @Test
  void aNameGivenAfterThePhraseButNotByTheClausesOwnVerb() {
    assertEquals(java.util.Arrays.asList(null, "EB-5"), speakers(
        "At his cookout, the band leader called Democratic bigwigs to the stage, singing \"It's Our Time.\" "
            + "The program, called EB-5, allows foreign investors to gain citizenship."));
  }

  @Test
  void aShoutedTranscriptLabelIsWrittenAsAName() {
    assertEquals(List.of("Wallace"), speakers("Partial transcript as follows:\n\n"
        + "\"WALLACE: Let\u2019s start with breaking news on the debate story.\""));
  }

  @Test
  void aNameQualifyingAnActStillSpeaks() {
    assertEquals(java.util.Arrays.asList("Hillary Clinton", null), speakers(
        "Hillary Clinton spoke in Iowa. Clinton\u2019s apology suggested that she regretted the remark. "
            + "Clinton supporters said she won."));
  }

  @Test
  void anIndefiniteRoleNamesNoOneKnown() {
    assertEquals(java.util.Arrays.asList("Hope Hicks", null), speakers(
        "Trump spokeswoman Hope Hicks said Trump was ready. A spokeswoman for Janney said she was fine."));
  }

  @Test
  void pluralNounsStayUnknown() {
    assertEquals(java.util.Arrays.asList((String) null), speakers("Officials said that the talks would begin on Tuesday."));
  }
}
