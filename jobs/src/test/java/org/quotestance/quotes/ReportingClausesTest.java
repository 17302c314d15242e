package org.quotestance.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quotestance.nlp.LinguisticPipeline;
import org.quotestance.nlp.TaggedText;
import org.quotestance.speakers.ArticlePeople;
import org.quotestance.speakers.CanonicalNames;
import org.quotestance.speakers.Speaker;
import org.quotestance.speakers.SpeakerResolver;

/**
 * The shapes of reporting clauses, each with a sentence of news: the speaker found, and the start and
 * end of what was said. Verbs are deliberately varied and reworded ("stated", "advised", "insists"):
 * no shape depends on a list of "said" verbs.
 */
class ReportingClausesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      source, verb, that-clause        | Putin has demanded that Ukraine withdraw its troops.                                   | Putin         | that Ukraine withdraw | its troops
      source, verb, bare clause        | Bruce stated the meeting is aimed at peace.                                            | Bruce         | the meeting is        | at peace
      addressee before that            | Trump advised reporters on Sunday that Zelenskyy will be involved.                    | Trump         | that Zelenskyy        | be involved
      place before that                | Trump said during a rally in Michigan that the deal was bad.                         | Trump         | that the deal         | was bad
      told an audience, bare clause    | Sanders told a news conference they are planting the seeds.                          | Sanders       | they are              | the seeds
      addressee and place before that  | Trump told delegates at the Republican convention that Clinton had lied.            | Trump         | that Clinton          | had lied
      clause, source, verb             | The envoys will meet the delegation, spokesperson Tammy Bruce stated.                | Tammy Bruce   | The envoys will       | the delegation
      parenthetical cue                | But to prevent problems, he said, local officials should be vigilant.                | he            | to prevent problems   | be vigilant
      according to                     | The plant will close next year, according to company documents.                    | company documents | The plant will    | close next year
      passive with by                  | The registration issue was first reported by The Washington Post.                    | The Washington Post | The registration | registration issue
      participle after comma           | Lavrov was dismissive, saying that the talks would fail.                             | Lavrov        | that the talks        | would fail
      apposition naming the speaker    | The mayor, Ann Lee, insisted that taxes would not rise.                               | Ann Lee       | that taxes            | not rise
      source with a modifier           | A spokeswoman for Hillary Clinton says neither she nor her campaign helped.           | A spokeswoman for Hillary Clinton | neither she | campaign helped
      participial aside                | Trump, speaking to a veterans group, said he would order a review.                   | Trump         | he would              | a review
      reduced relative source          | A poll released in late August found that most voters want the returns.             | A poll released in late August | that most voters | the returns
      verb with a plain object         | In July, the NAACP called for a moratorium on charter schools.                       | the NAACP     | a moratorium          | charter schools
      name before several asides       | “It is an invasion,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said. | Scott Pruitt | It is an | an invasion,
      colon after an object            | Sanders made the following comment: “Young people need jobs.”                       | Sanders       | Young people          | need jobs.
      progressive cue                  | Donald Trump is telling a veterans group that the military is “depleted.”           | Donald Trump  | that the military     | “depleted.”
      source with a participle         | Protesters marching through the streets chanted “What curfew?” on Sunday.          | Protesters marching through the streets | What curfew | curfew?
      as X put it                      | As Steven Rosenthal, a tax lawyer, recently put it, “Did Trump lower his taxes legally?” | Steven Rosenthal | Did Trump | legally?
      name opening the sentence        | Douglas Brinkley, a historian who attended the session, recalled, “Out of nowhere, he said no.” | Douglas Brinkley | Out of nowhere | said no.
      relative pronoun as source       | Ted Cruz endorses Trump, who says he is honored by it.                                  | who           | he is honored         | by it
      quantifier as source             | Some chanted “USA! USA!” as the results came in.                                       | Some          | USA! USA              | USA!
      it before a quotation            | Romney went after Trump on Wednesday, calling it “disqualifying” for a candidate.   | Romney        | it “disqualifying”    | a candidate
      share of people as source        | About four in 10 Republican voters say that the economy is the top issue.          | About four in 10 Republican voters | that the economy | top issue
      as X reported                    | As Politico reported, “The attendees backed Trump.”                                  | Politico      | The attendees         | backed Trump.
      place between cue and quotation  | Sanders asks at Western High School, “Any questions I can answer?”                 | Sanders       | Any questions         | can answer?
      verb, name, colon                | Continued Stone: “So I think it is a very real problem.”                            | Stone         | So I think            | real problem.
      cue then a new clause            | “Go back to Univision,” Trump barked and a guard removed the reporter.              | Trump         | Go back               | to Univision,
      quoted words of the subject      | Negotiators in Tehran kept referring to the US as the “Great Satan.”                | Negotiators in Tehran | referring to | Satan.”
      subject far from its verb        | The transcript of the debate, published by the Post, shows that Clinton talked about reform. | The transcript of the debate | that Clinton | about reform
      participle, subject in apposition | Erin Brockovich, the activist and lawyer, endorsed the plan Saturday, saying she believed “we need to focus on Flint.” | Erin Brockovich | she believed | Flint.”
      title before the name            | Rep. Tom Cole of Oklahoma, an ally of GOP leadership, said Thursday his biggest worry is that he is “unpredictable.” | Tom Cole | his biggest worry | “unpredictable.”
      adverb before that               | Cruz said instead that “every word I said there is true.”                           | Cruz          | that “every word      | is true.”
      inverted cue, then a new clause  | “The distraction gets you off message,” said party boss Reince Priebus, though he added that it would pass. | Reince Priebus | The distraction | off message,
      modal cue after a quotation      | “You don’t know what it’s like to send young people to war,” he will say.          | he            | You don’t know        | to war,
      aside between dashes             | Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision.   | Jason Sims    | he made               | decision
      coordinated cue                  | McConnell embraced the mogul and said this week that Trump will be “very competitive.” | McConnell  | that Trump            | competitive.”
      adverb before the participle     | Clinton has increasingly decried the issue of “systemic racism” in her speeches.    | Clinton       | the issue of          | her speeches
      source with an adjective phrase  | A person familiar with the planning says the discussion will focus on one candidate.  | A person familiar with the planning | the discussion | one candidate
      aside between dashes after cue   | His campaign chairman Paul Manafort said — on Twitter, as it happens — that Trump raised $4 million. | Paul Manafort | that Trump | $4 million
      contraction after a pronoun      | He says tonight he’s a step closer to being the next president.                     | He            | he’s a step           | next president
      inverted cue, then a subordinate clause | “Really,” she added when the TV interviewer pressed her.                    | she           | Really                | Really,
      aside before the that-clause     | She also said, without evidence, that “they are going to people with videos.”      | She           | that “they are going  | videos.”
      second predicate of the source   | Farage said the warning was a bluff, and accused Downing Street of spin.       | Farage        | the warning was       | was a bluff
      second cue of the source         | Carson said the article was wrong and added that he would release it.          | Carson        | the article was       | was wrong
      coordinated cue after an opening phrase | With reporters Thursday, the Wisconsin Republican criticized the policy and said allies wanted answers. | the Wisconsin Republican | allies wanted | wanted answers
      quantity opening the source      | At least half of voters in each state say the positions are about right.         | At least half of voters in each state | the positions | about right
      adverb between commas before the cue | A YouGov poll of voters has, however, revealed that the President does not speak for them. | A YouGov poll of voters | that the President | for them
      can before the cue               | Cruz can say that he is effectively tied for second place.                       | Cruz          | that he is            | second place
      participle after a closing quotation | Trump is insisting that he has “expanded the party,” claiming that he is responsible for the turnout. | Trump | that he is responsible | the turnout
      addressee, then a bare clause    | Trump told reporters the talks were going well.                                  | Trump         | the talks were        | going well
      name after the cue is no addressee | Jeb Bush says President Barack Obama is acting unlawfully.                     | Jeb Bush      | President Barack Obama | acting unlawfully
      subject of a subordinate clause  | Years after Bill Clinton claimed that the era of big government was over, Obama won. | Bill Clinton | that the era | was over
      negated report                   | Carson did not mention any of his opponents by name.                             | Carson        | any of his            | by name
      negated perfect report           | Trump’s campaign has not commented on the reason for canceling the interview.    | Trump’s campaign | the reason         | the interview
      participle after a noun          | Last year, C.V. Starr gave $10 million to a group backing Jeb Bush.              | a group       | Jeb Bush              | Jeb Bush
      participle after a subordinator  | While commenting on the racial divide, Governor Mary Fallin said nothing new.    | Governor Mary Fallin | the racial divide | racial divide
      restrictive who as source        | Among those who said they cared most about honesty, most supported Sanders.     | who           | they cared            | about honesty
      as X noted, then the clause      | As the International Business Times noted, Clinton raised $1.1 million from the industry. | the International Business Times | Clinton raised | the industry
      comparative quantity as source   | Even so, more than 4 in 10 said Donald Trump would be best at handling the economy. | more than 4 in 10 | Donald Trump   | the economy
      existential clause after a participle-tagged cue | The man was freed after prosecutors determined there wasn’t enough evidence. | prosecutors | there wasn’t | enough evidence
      object, then the next report     | Clinton decried the issue of racism and highlighted her plans to combat the problem. | Clinton | the issue of racism | the issue of racism
      next report after an object      | Clinton decried the issue of racism and highlighted her plans to combat the problem. | Clinton | her plans to         | the problem
      modal cue that mostly reports    | Breitbart Jerusalem editor Aaron Klein will discuss an overlooked Benghazi connection. | Aaron Klein | an overlooked | Benghazi connection
      object finished by a quotation   | On Twitter, Former Florida Gov. Jeb Bush called Trump “unhinged.”                | Jeb Bush      | Trump “unhinged       | unhinged.”
      subject finished by a quotation  | Trump said things “should be wrapped up by Cleveland,” referring to the convention. | Trump        | things “should        | by Cleveland,”
      addressee before a quoted sentence | Trump told reporters “We are going to win this state.”                         | Trump         | We are going          | this state.
      object of a verb that reports it often | Most Republicans want a wall on the southern border.                      | Most Republicans | a wall          | southern border
      object, then the source's next predicate | Nearly everyone was surprised when Christie endorsed Trump last week and has appeared at his rallies. | Christie | Trump | last week
      participle after a later clause  | The fracas erupted two months after the real estate tycoon entered the race with harsh words, calling them rapists. | the real estate tycoon | them rapists | them rapists
      inverted cue, then a whose-clause | “Our power, as journalists, is to ask questions,” said Ramos, whose new book features interviews. | Ramos | Our power | ask questions,
      according to a hyphenated source and its author (PolNeAR marks the whole phrase) | According to a just-released poll from Florida Atlantic University, in a primary, Trump is far ahead. | a just-released poll from Florida Atlantic University | in a primary | far ahead
      past tense read as a participle  | Multiple outlets reported on Wednesday the Secret Service had “more than one conversation” with him. | Multiple outlets | the Secret Service | with him
      hyphenated subject of the clause | Experts said first-time offenders are often sent to anger-management courses. | Experts | first-time offenders | management courses
      the source's noun after a determiner | “Donald is an amazing leader,” said the 46-year-old.                        | the 46-year-old | Donald is     | leader,
      party label after the source     | Sen. Bernie Sanders (I-Vt.) said the deal was a mistake.                          | Sen. Bernie Sanders | the deal was  | a mistake
      relative clause after the source | Current and former officials who spoke with The Huffington Post said the committee has become a shell. | Current and former officials | the committee | a shell
      quantifier of a group as source  | Some of Clinton’s longtime allies said they have come to accept his position.    | Some of Clinton’s longtime allies | they have | his position
      reflexive after the source       | Ford itself said the deal was still on.                                          | Ford          | the deal was          | still on
      naming verb in a relative clause | He touted his victories in Florida, which he describes as his second home.      | he            | which he describes    | second home
      what it calls a quotation        | The group backs what it calls “sensible gun laws.”                                | it            | what it calls         | gun laws.”
      whom as the named object         | Trump met Putin, whom he views as something of a peer.                            | he            | whom he views         | of a peer
      as reported by, then the clause  | As reported by Western Journalism, investigators found over 2,200 emails.     | Western Journalism | investigators found | 2,200 emails
      addressee, place with its state, then that | Cruz told a town hall in Salem, New Hampshire on Monday that waterboarding is “peanuts.” | Cruz | that waterboarding | “peanuts.”
      addressee and a long place phrase | He told supporters after his victory in the South Carolina Republican primary that the win was beautiful. | He | that the win | was beautiful
      clause before the cue after a circumstance | As a woman, Ms. Malik likely raised less suspicion, Mr. Verdery said.      | Mr. Verdery   | As a woman            | less suspicion
      past tense read as a participle before the cue | In all, hackers compromised 12 workstations, the congressional report said. | the congressional report | In all | 12 workstations
      it as a reporting source         | It said it decided to intensify its push against extremist posts.              | It            | it decided            | extremist posts
      surname tagged as an adjective   | The argument would be aided, Devine said, by the primary calendar.              | Devine        | The argument          | be aided
      adverb before the clause's subject | Pollsters say only 10 percent of voters are undecided.                       | Pollsters     | only 10 percent       | are undecided
      aside between double hyphens     | The justice -- who has been in a scuffle with the nominee -- said she regretted her remarks. | The justice | she regretted | her remarks
      number after a quantifier as source | Most voters back a ban, but majorities in all five say they want immigrants to stay. | majorities in all five | they want | to stay
      participle-tagged cue after a dash aside | Democratic leaders — and Harry Reid — insisted that any package include a delay. | Democratic leaders | that any package | a delay
      name after a preposition's object | At the convention Sen. Elizabeth Warren said Trump was a failure. | Sen. Elizabeth Warren | Trump was | a failure
      object after against             | Merkel warned against the forces of hate brewing in Germany.                     | Merkel        | the forces of hate    | in Germany
      adverb tagged as an adjective after the auxiliary | Both Blocher and the SVP have long complained that the political class does not heed the people. | Both Blocher and the SVP | that the political class | the people
      adverb between commas after the reported subject | Hillary Clinton said Wednesday she, too, wants a Justice Department investigation. | Hillary Clinton | she, too, wants | investigation
      as X has pointed out, then a demonstrative | As House Speaker Paul Ryan has pointed out, that is basically the definition of racism. | House Speaker Paul Ryan | that is basically | of racism
      base form after an adverb between commas | Proponents of the new bill, however, say it would keep enough safeguards in place. | Proponents of the new bill | it would keep | in place
      main verb read as a participle   | Sanders’ campaign called AP’s report a “rush to judgment,” because superdelegates can change their mind. | Sanders’ campaign | AP’s report | their mind
      object opening with an adverb of degree | A local pediatrician reported unusually high lead levels in the children’s blood. | A local pediatrician | unusually high | children’s blood
      source before a long relative clause | In her speech, Merkel, who has adopted one of the most open policies in Europe toward asylum seekers fleeing war in the Middle East, warned against the forces of hate. | Merkel | the forces of hate | forces of hate
      """)
  void shapes(String name, String text, String speaker, String contentStart, String contentEnd) {
    List<String[]> got = attributions(text);
    boolean found = got.stream().anyMatch(g -> g[0].endsWith(speaker) && g[1].startsWith(contentStart)
        && g[1].endsWith(contentEnd));
    assertEquals(true, found, name + ": " + describe(got));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      action with an object      | The company built a plant in Ohio last year.
      relative clause subject    | The deal, which Hegseth poured cold water on, was signed.
      modal future verb          | The officers will maintain talks on ending the war.
      circumstance before comma  | After the meeting ended, the president arrived.
      a word and preposition labelled only once | The deal will be favorable to them.
      reply to a question        | Witkoff did not reply to a question about whether Ukraine must cede land.
      title before an inverted verb | Washington, star of television’s “Scandal,” thanked Obama for the order.
      verb of a relative clause  | Trump is spending the final day attacking a rival who is far behind him in the polls.
      relative pronoun after a clause | The win was a blow to Marco Rubio, who competed hard in Virginia.
      clause before a verb that seldom reports | The campaign had been long and bitter, Obama won.
      modal act with an object         | The new ads will alienate many white moderates.
      participle phrase as a subject   | A state law banning the practice is hurting the economy.
      next clause after a conjunction  | The brief dialog did not ease tensions, and in reality they rose within months.
      object of a verb that reports only its clauses | Hillary Clinton is adding to her delegate lead after victories in Alabama.
      it before an adjective with an infinitive | It is fair to say that the deal is dead.
      """)
  void notReports(String name, String text) {
    assertEquals("", describe(attributions(text)), name);
  }

  @org.junit.jupiter.api.Test
  void aNameInQuotationMarksDoesNotMakeAnObjectReported() {
    // "won" seldom reports its object; the quoted campaign name quotes no one, so only "echoing" reports
    List<String[]> got = attributions("Trump has won the support of millions by echoing themes embraced by "
        + "disaffected \u201CLeave\u201D supporters in Britain.");
    assertEquals(true, got.stream().noneMatch(g -> g[1].startsWith("the support")), describe(got));
    assertEquals(true, got.stream().anyMatch(g -> g[1].startsWith("themes")), describe(got));
  }

  @org.junit.jupiter.api.Test
  void cueWithColonTakesTheQuotationOfTheNextParagraph() {
    List<String[]> got = attributions("He made the case again. He said:\n\n\"We have a situation in our inner cities.\"");
    assertEquals("He: We have a situation in our inner cities.", describe(got));
  }

  @org.junit.jupiter.api.Test
  void aQuotationIsNotGivenToTheSubjectOfTheNextSentence() {
    List<String[]> got = attributions("He had stated, \u201CThe money you give buys them.\u201D Chatwal received a fine.");
    assertEquals("He: The money you give buys them.", describe(got));
  }

  @org.junit.jupiter.api.Test
  void quotedWordsNoClauseClaimsAreFragmentsWithoutASpeaker() {
    String text = "Witkoff didn\u2019t reply to a query about a \u201Csignificant portion\u201D of its territory. "
        + "The \u201Clongest armed standoff in American history\u201D might be finished.";
    TaggedText doc = LinguisticPipeline.shared().tag(text);
    List<Quotation> qs = QuotationFinder.find(doc);
    List<Speaker> sp = new SpeakerResolver(doc, ArticlePeople.of(doc), CanonicalNames.defaults()).resolve(qs);
    assertEquals(2, qs.size());
    for (int i = 0; i < qs.size(); i++) {
      assertEquals(Quotation.Kind.FRAGMENT, qs.get(i).kind());
      assertEquals(null, sp.get(i).canonical());
    }
  }

  @org.junit.jupiter.api.Test
  void aQuotationsOwnSentenceBeatsAColonBeforeIt() {
    List<String[]> got = attributions("One man in Manchester interrupted the candidate:\n\n"
        + "\u201CThey stole the country,\u201D the man shouted, using an expletive.");
    assertEquals(true, got.stream().anyMatch(g -> g[0].equals("the man") && g[1].equals("They stole the country,")),
        describe(got));
  }

  @org.junit.jupiter.api.Test
  void aParticipleAsideGoesWithTheNarratorsSubjectNotTheQuotations() {
    List<String[]> got = attributions("\u201CWe\u2019ve had more successful conventions than this one,\u201D Texas delegate "
        + "Bill Eastland, wearing a cowboy hat and \u201CTed Cruz\u201D campaign pins, said as confetti fluttered down.");
    assertEquals(true, got.stream().noneMatch(g -> g[0].equals("We")), describe(got));
    assertEquals("Texas delegate Bill Eastland", got.get(0)[0], describe(got));
  }

  @org.junit.jupiter.api.Test
  void aNominativePronounAfterAParticipleInTheSubjectOpensTheReportedClause() {
    // (where that clause ends, before the sentence's own verb "is", is not found yet: only the source and start are pinned)
    List<String[]> got = attributions("The share of voters saying they want a ban is high.");
    assertEquals(true, got.stream().anyMatch(g -> g[0].equals("voters") && g[1].startsWith("they want a ban")), describe(got));
  }

  @org.junit.jupiter.api.Test
  void aReportInARelativeClauseStartsAtWhich() {
    List<String[]> got = attributions("Trump wants a wall, which he said the Mexican government should pay for.");
    assertEquals(true, got.stream().anyMatch(g -> g[0].equals("he") && g[1].equals("which he said the Mexican government should pay for")),
        describe(got));
  }

  /** Every attribution of a sentence, as "mention: content", " | " between them ("null": no source). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      seeming, not saying             => The Trump team appeared paralyzed. => null: The Trump team appeared paralyzed
      to be                           => Republican voters appear to be moving behind Trump. => null: Republican voters appear to be moving behind Trump
      a non-reporting verb            => Christie appeared to end his bid owing $200,000. => null: Christie appeared to end his bid owing $200,000
      expected, whose unsaid          => The Fed is expected to announce a rate rise on Wednesday. => null: The Fed is expected to announce a rate rise on Wednesday
      seen as                         => Trump is widely seen as the favourite. => null: Trump is widely seen as the favourite
      not a passive                   => As expected, the vote failed. => ''
      a reporting verb after to       => She appeared to imply that he lied. => She: that he lied
      the question of Asked, then the answer => Asked whether Clinton “has the integrity to serve,” 75 percent of Democrats said yes. => null: whether Clinton “has the integrity to serve,” | 75 percent of Democrats: yes
      according to after a fronted phrase => In Pennsylvania, she is up nine points over Trump, according to the RealClearPolitics average. => the RealClearPolitics average: In Pennsylvania, she is up nine points over Trump
      according to a source with an adverb of degree => In 2014, the town had 115 violent crimes, according to the most recent data from the FBI. => the most recent data from the FBI: In 2014, the town had 115 violent crimes
      according to a source with two adjectives joined => She lost the Oregon primary but was leading in Kentucky, according to complete but unofficial returns. => complete but unofficial returns: She lost the Oregon primary
      a predicate after a reported clause is the reporter's => Sanders says Clinton respects him and calls her “an intelligent woman.” => Sanders: Clinton respects him | Sanders: her “an intelligent woman.”
      quoted words inside a noun phrase => Ted Cruz says his “friend and colleague” Marco Rubio ran “an optimistic campaign.” => Ted Cruz: his “friend and colleague” Marco Rubio ran “an optimistic campaign.”
      an adverbial clause after the addressee => “They are passionate,” Sarandon told MSNBC Monday when asked about concerns that his supporters would not vote. => Sarandon: They are passionate, | null: concerns that his supporters would not vote
      a question nobody is named as asking => Asked if Trump’s comments had rattled them, Ryan said, “Sure.” => null: if Trump’s comments had rattled them | Ryan: Sure.
      a passive question              => The actress was asked if she had ever been discriminated against. => null: if she had ever been discriminated against
      a question with its asker after by => Asked by Stephanopoulos to respond to Trump’s criticism, Carson said he was calm. => Stephanopoulos: to respond to Trump’s criticism | Carson: he was calm
      an active question is the asker's => He asked whether she would run. => He: whether she would run
      a fronted poll is a source      => In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32 percent. => an early-October CBS News poll: she led Mr. Sanders 56 percent to 32 percent
      a poll station is no poll       => In a poll station, voters lined up. => ''
      seeming with an adjective       => The American economy seemed impervious to all but the largest shocks. => null: The American economy seemed impervious to all but the largest shocks
      seeming like                    => This seems like a comparable moment. => null: This seems like a comparable moment
      a negated seeming               => Republicans don’t seem to take Sanders’ argument seriously. => null: Republicans don’t seem to take Sanders’ argument seriously
      an expletive it seems           => It seems increasingly likely that Trump will be the nominee. => null: increasingly likely that Trump will be the nominee
      likely to and a reporting verb  => Minority and women voters appeared more likely to describe her as likable. => Minority and women voters: more likely to describe her as likable
      known for                       => The group is known for its focus on personal fulfillment. => null: The group is known for its focus on personal fulfillment
      considered with a noun after auxiliaries => Charleston’s Navy base has long been considered a top contender. => null: Charleston’s Navy base has long been considered a top contender
      a relative pronoun as the subject => It is a role that is expected to be filled by Paul Ryan. => null: that is expected to be filled by Paul Ryan
      but and a negated verb          => He said that he would offer a prayer for the nominee but did not suggest it would be Trump. => He: that he would offer a prayer for the nominee | He: it would be Trump
      split after the quotation's question mark => The crowd booed. “Just one minute, alright?” he urged them, as he explained how tough it is. => he: Just one minute, alright? | he: how tough it is
      an adjective of attitude        => His supporters are optimistic that he will make a comeback. => His supporters: that he will make a comeback
      made it clear                   => Some Republicans made it clear that they would like to see him. => Some Republicans: that they would like to see him
      an expletive subject says nothing => It is clear that the plan failed. => ''
      a noun after a quotation that modifies it => During the discussion, Pence pledged that Trump wants “smarter and tougher” trade deals. => Pence: that Trump wants “smarter and tougher” trade deals | Trump: “smarter and tougher” trade deals
      a named source after a comma and a cue => Cruz also lacks support from his colleagues in Congress, whom he's alienated with his rhetoric, said Larry Sabato, director of the Center for Politics. => Larry Sabato: Cruz also lacks support from his colleagues in Congress, whom he's alienated with his rhetoric
      an official after a comma and a cue => That would create a summer of agony for Clinton, said an American official who was briefed on the talks. => an American official: That would create a summer of agony for Clinton
      an inverted cue opening the sentence, a comma => Said Comey, “The thought that an error on our part is connected to this is very painful to us.” => Comey: The thought that an error on our part is connected to this is very painful to us.
      an inverted cue after a fronted phrase => In other words, explained CBS moderator Nancy Cordes: “What does that have to do with taking big donations?” => CBS moderator Nancy Cordes: What does that have to do with taking big donations?
      an aside between hyphens typed for dashes => Donald Trump - who previously said he would close the oil fields - said at a rally that the country should close its borders. => Donald Trump: that the country should close its borders
      a participle after a clause reporting another's words => Comey cannot say that “from his perspective,” Lewandowski added, saying it should be “up to the prosecutor.” => Lewandowski: Comey cannot say that “from his perspective | Comey: that “from his perspective,” | Lewandowski: it should be “up to the prosecutor.”
      a passive with by inside a reported clause => Jahangir said the plan was criticized by the media. => Jahangir: the plan was criticized by the media | the media: the plan
      a passive with by after a modal and an adverb => The plan will probably be criticized by the media. => the media: The plan
      it as a source after an emphatic do => The law is vague, but it does say that Japan will renounce war. => it: that Japan will renounce war
      it as a source before an adverb => It also said it had expanded the teams. => It: it had expanded the teams
      a list of nouns before a nested report's verb => Reeves wrote that the title, history and text of the law showed it to be unfair. => Reeves: that the title, history and text of the law showed it to be unfair | text of the law: it to be unfair
      a participle after a thing the clause's verb acts on => Tuesday, the Vermont senator opened a Rochester rally blasting Clinton for promoting fracking. => the Vermont senator: Clinton for promoting fracking
      a participle after what the subject took => From a microphone, speakers took turns urging the crowd to focus on the plight of minorities. => speakers: the crowd to focus on the plight of minorities
      a clause before the cue when a participle reports the quotation after it => Ryan and Trump will meet next week, Spicer said, adding, “They need time.” => Spicer: Ryan and Trump will meet next week | Spicer: They need time.
      an object pronoun closing the source's modifier => The deal is dead, a source close to him said. => a source close to him: The deal is dead
      two circumstances before the clause that was said => As a general rule, if their income is high, students will be fine, he said. => he: As a general rule, if their income is high, students will be fine
      a conjunction after the source closes what was said => The point of the sanctions is to protect secrets, Hennessey said, and with Clinton it was different. => Hennessey: The point of the sanctions is to protect secrets
      a conjunction opening the sentence is not what was said => But the point of the sanctions is to protect secrets, Hennessey said. => Hennessey: the point of the sanctions is to protect secrets
      a linking adverb and its comma opening the sentence are not what was said => Still, Cruz will rethink his approach, a source close to him said. => a source close to him: Cruz will rethink his approach
      a linking adverb around a source between commas is left out too => However, the plan, he said, would fail. => he: the plan, he said, would fail
      quoted words after the conjunction go on with what was said => Many of the visitors were older, she said, and “I had to step back.” => she: Many of the visitors were older, she said, and “I had to step back.”
      an opening subordinate clause with an apposition is not the coordinated cue's => When Robby Mook, Clinton's campaign manager was asked if Clinton would hold a press conference, he laughed and said, “We’ll see.” => null: if Clinton would hold a press conference | he: We’ll see.
      a quantifier the tagger reads as an adjective => Several said they would rather stay home. => Several: they would rather stay home
      there and an adverb before the verb => Greenberg said there certainly was more room for Bill Clinton. => Greenberg: there certainly was more room for Bill Clinton
      a source with a participle read as a past tense => People briefed on the move said that it reflected a crisis. => People briefed on the move: that it reflected a crisis
      a day that owns the reported clause's subject => Rachel Berg said Thursday's speeches have led her to count Trump out. => Rachel Berg: Thursday's speeches have led her to count Trump out
      a share of people out of a number => Nearly nine out of 10 say they will need new skills. => Nearly nine out of 10: they will need new skills
      a fraction standing for people => Nearly a third say they do not know. => Nearly a third: they do not know
      a pronoun and a past tense read as a participle => The company says it considered building the lines in Chicago. => The company: it considered building the lines in Chicago
      one of a group after a subordinating conjunction => One tally says Beijing leads, while another says the United States has twice as many. => One tally: Beijing leads | another: the United States has twice as many
      two sources joined after the clause they report => Sanders’ support is strong among teachers, teachers and union officials told POLITICO. => teachers and union officials: Sanders’ support is strong among teachers
      a relative clause with an intransitive verb in the source => Those who attended said the mood was tense. => Those who attended: the mood was tense
      a cue joined to a verb that seldom reports, before a quotation => Once, when my mother mentioned the devil to me, I laughed and said, “I don’t believe in the devil.” => my mother: the devil to me | I: I don’t believe in the devil.
      a present tense read as a base form after the subject => Officials close to the investigation say the FBI found nothing. => Officials close to the investigation: the FBI found nothing | the FBI: nothing
      a name in a relative clause before the main verb => Voters who backed Trump said they wanted change. => who: Trump | Voters who backed Trump: they wanted change | they: change
      a relative clause whose gap is the reported subject => Mukasey criticized the email use, which an FBI investigation said was “extremely careless” but not criminal. => Mukasey: the email use, which an FBI investigation said was “extremely careless” but not criminal | an FBI investigation: which an FBI investigation said was “extremely careless” but not criminal
      dash and name after a quotation => “He represents our greatest shame.” ― Sonya Herridge “I am ashamed.” ― Pamela Padilla => Sonya Herridge: He represents our greatest shame. | Pamela Padilla: I am ashamed.
      a report joined under a source of its own => A woman asked for a photo and Clinton said, “fine.” => A woman: a photo | Clinton: fine.
      a pronoun's report after and goes on with the content => Iowa’s caucus system is “complex” and he feels he can win, Trump said. => Trump: Iowa’s caucus system is “complex” and he feels he can win
      a verb that seldom reports in a leading clause without its comma takes no bare clause => When he returned he began a speech. => ''
      a relative clause between commas ends at the main verb => The senator, who criticized the plan last week, will vote for it. => who: the plan last week
      no content before a relative pronoun => Rep. Mike Pompeo, who has seen the messages, agreed with that point. => who: the messages | Rep. Mike Pompeo: that point
      a programme's title after the addressee => He told ABC’s “Good Morning America” that Trump is a liar. => He: that Trump is a liar
      a participle in the source's aside, then a coordinated report => De Blasio, speaking on WOR710, called Trump a “blowhard,” and said his remarks were “propaganda” for terrorists. => De Blasio: WOR710 | De Blasio: Trump a “blowhard,” | De Blasio: his remarks were “propaganda” for terrorists
      a led participle inside a clause with its own subject => When Trump launched his campaign by talking about Mexican rapists, his critics denounced him. => Trump: Mexican rapists | his critics: him
      that before a plural noun is a complementizer => Correll was angry that party leaders ignored the movement. => Correll: that party leaders ignored the movement | party leaders: the movement
      a quotation after a colon belongs to the cue after it => Trump asserted that France had lost its identity: “France is no longer France,” he claimed. => Trump: that France had lost its identity | he: France is no longer France,
      a participle modifying the inverted source, then a participle phrase => “I am not going to say it is a mistake,” said retired neurosurgeon Ben Carson, asked about his claims. => retired neurosurgeon Ben Carson: I am not going to say it is a mistake, | null: his claims
      a document's participle reports for who issued it => Gowdy released a statement highlighting the role Congress played. => Gowdy: a statement highlighting the role Congress played | Gowdy: the role Congress played
      a participle after a document someone only saw is the document's => He saw ads calling the deal a mistake. => He: ads calling the deal a mistake | ads: the deal a mistake
      a content ends before the next quotation's opening mark => He said the plan had failed. ''It is over now,'' he added. => He: the plan had failed. | he: It is over now,
      a quotation after a relative clause's report goes on with the sentence's speaker => ''I'm going to say it again,'' Mr. Rubio said in front of a crowd of people who packed a cafeteria here, one of his largest audiences. ''Obama wants to change the country.'' => Mr. Rubio: I'm going to say it again, | who: a cafeteria here | Mr. Rubio: Obama wants to change the country.
      a participle phrase after an inverted source => “Who is the real con man here?” said Murphy, using a term Rubio has used. => Murphy: Who is the real con man here?
      a question put to the speaker is not what the next quotation continues => “No government is ever going to get it perfect,” Lopez-Cantera said when asked about the standards. “The job of politicians is to improve them.” => Lopez-Cantera: No government is ever going to get it perfect, | null: the standards | Lopez-Cantera: The job of politicians is to improve them.
      a one-word quotation opening the sentence is said, not a title, and a verbless sentence in quotation marks goes on => "Safety," said Grimm. "Safety for the whole country, everybody." => Grimm: Safety, | Grimm: Safety for the whole country, everybody.
      a part of a group as source => Until the shutdown, most of them said they had loved working for Carrier. => most of them: they had loved working for Carrier
      a part of a group before a plural noun => Two of his aides said the plan was dead. => Two of his aides: the plan was dead
      a reporting verb after is expected to is the subject's report as well => But she's expected to argue that the senator has fallen out of touch. => null: she's expected to argue that the senator has fallen out of touch | she: that the senator has fallen out of touch
      a sourceless report of the same words as a sourced one is dropped => Rep. Elijah Cummings (D-Md.), chair of the committee, said Clinton didn't appear concerned about it. => Elijah Cummings: Clinton didn't appear concerned about it
      whom a question was put to, then if => Hannity asked Trump Wednesday if the project was still in his plans. => Hannity: if the project was still in his plans
      whom a question was put to, then about => A young woman asked Mrs. Clinton about the charges against her husband. => A young woman: the charges against her husband
      a label with a title and of before the colon => Former secretary of state Hillary Rodham Clinton:“We learned that from the State Department.” => Former secretary of state Hillary Rodham Clinton: We learned that from the State Department.
      a label with party and state in brackets => Sen. Tim Kaine (D-Va.): “Who told you that?” => Sen. Tim Kaine: Who told you that?
      a condition after a person is no question put to them => He has waffled as to whether he would support Trump if the businessman became the nominee. => ''
      a quotation after the speaker's relative clause of anonymity goes on with the speaker => “You're going to see a massive ad spend,” said one Republican, who spoke on the condition of anonymity to speak candidly. “Fundraising is not a problem.” => one Republican: You're going to see a massive ad spend, | one Republican: Fundraising is not a problem.
      speaking on condition of anonymity is no report of its terms => The official, who spoke on the condition of anonymity to discuss internal deliberations, said the deal was dead. => The official: the deal was dead
      an inverted source with a participle the tagger read as a past tense => “The deal is dead,” said a senior official briefed on the talks. => a senior official: The deal is dead,
      a subject's relative clause takes no bare clause across the comma => Mr. Reid, who represents Nevada, said he was confident. => Mr. Reid: he was confident
      nor when its verb leads => Jason Furman, who leads Mr. Obama's Council of Economic Advisers, said that a commission was wrong. => Jason Furman: that a commission was wrong
      a copula after a comma is no inverted cue => The taco bowl incident, trivial though it was, is one example. => ''
      nor is have => San Pedro Sula, which has a population of 769,025, had 1,317 homicides. => ''
      a quotation split off by its own exclamation mark is what the next sentence's source said => “We need it NOW!” Trump said on Twitter. => Trump: We need it NOW!
      so too with a time after the cue => “I hope she enjoys it there!” Smith said last week. => Smith: I hope she enjoys it there!
      but after a full stop the next sentence's report is its own => He added, “That is not ordinary.” He mocked Rubio for not having won a single state. => He: That is not ordinary. | He: Rubio for not having won a single state
      nor after a quotation inside the sentence before => Reagan made a demand in Berlin: “Mr. Gorbachev, tear down this wall!” Conservatives still praise his refusal to accept the status quo. => Reagan: Mr. Gorbachev, tear down this wall! | Conservatives: his refusal to accept the status quo
      speaking on background is no report either => Two aides spoke on background to reporters. => ''
      a name's lower-case particle after a fronted question => When asked by a host if the attacks were a failure, de Blasio said, “I have not heard that concern.” => a host: if the attacks were a failure | de Blasio: I have not heard that concern.
      a main verb read as a participle before a colon and a quotation => Mitt Romney, the 2012 nominee, tweeted in response: “Putin kills journalists; our presidents kill terrorists.” => Mitt Romney: Putin kills journalists; our presidents kill terrorists.
      as a source noted, a subject whose predicate is quoted => But as the tabloid noted, the candidate “has earned himself a few fans in China.” => the tabloid: the candidate “has earned himself a few fans in China.”
      a name given in the aside after a source opening with but => But Tom Miller, at a consulting firm called Gavekal Dragonomics, argues that the ties will deepen. => Tom Miller: that the ties will deepen
      a participle after a quotation is no inverted cue => Rubio fired back forcefully: “If they sue us, they are going to lose,” referencing the large number of Cuban immigrants. => Rubio: If they sue us, they are going to lose, | Rubio: the large number of Cuban immigrants
      a participle after a time is the subject's => He sent a memo to The Washington Post in April explaining his plan to make Mexico pay. => He: his plan to make Mexico pay
      a person named May is no month => The BBC aired a clip of Prime Minister Theresa May explaining her plan to leave. => Prime Minister Theresa May: her plan to leave
      a participle after a relative clause goes with the main subject => This year, he rose to the defense of Sepp Blatter, who is under investigation, saying Mr. Blatter should get the Nobel Prize. => he: Mr. Blatter should get the Nobel Prize
      a participle after a report nested in the content goes with the outer source => Sen. Ted Cruz warned that the incident could foreshadow the future with Iran, remarking that it put the deal in doubt. => Sen. Ted Cruz: that the incident could foreshadow the future with Iran | the incident: the future with Iran | Sen. Ted Cruz: that it put the deal in doubt
      a noun read as a verb in a preposition's object after the cue => Wasserman Schultz said in her opening remarks that the platform should back Israel. => Wasserman Schultz: that the platform should back Israel
      a verb after a prepositional phrase that follows its subject is still a verb => Trump at the time said he had asked his lawyers to look into it. => Trump at the time: he had asked his lawyers to look into it | he: his lawyers to look into it
      a participle read as a noun between a comma and that => The board said, reasoning that the senator was born abroad. => The board: that the senator was born abroad
      a progressive split by an aside keeps its own subject => When Clinton challenges Sanders on the Obama legacy, she is, of course, arguing that black voters owe Obama. => Clinton: Sanders on the Obama legacy | she: that black voters owe Obama
      a led participle goes with the nearest clause's subject => Mr. Putin likes to throw in a few surprises on these occasions, as he did two years ago by announcing the release of the tycoon. => Mr. Putin: to throw in a few surprises on these occasions, as he did two years ago by announcing the release of the tycoon | he: the release of the tycoon
      a cue the tagger read as a plural noun after a quotation => “They know Hillary is strong,” a voice-over in the ad states. => a voice-over in the ad: They know Hillary is strong,
      a plural noun after a quotation and a conjunction is no cue => “They know Hillary is strong,” and the problem of the states. => null: They know Hillary is strong,
      a led participle after what a report says goes with the reporter => Most of the vulnerable Senate Republicans have already said they would support Trump, while emphasizing it is not an endorsement. => Most of the vulnerable Senate Republicans: they would support Trump | Most of the vulnerable Senate Republicans: it is not an endorsement
      an adverbial phrase between commas is an aside => Twitter, at the same time, put its new tool to use, highlighting top news tweets about the attacks. => Twitter: top news tweets about the attacks | Twitter: the attacks
      a noun of saying with a possessor is the nearer cue => Republicans distanced themselves from his suggestion that a federal judge can't be impartial. => his: that a federal judge can't be impartial
      a possessed noun of saying as the subject ends its clause before the main verb => Trump's claim that thousands cheered was false. => Trump's: that thousands cheered
      an adjective with the infinitive of a reporting verb => Republicans are more likely than Democrats to say that the economy is improving. => Republicans: that the economy is improving
      a relative clause on the subject belongs to the source => The judges who ruled that Texas could not implement their laws said the problem was not the photo ID. => who: that Texas could not implement their laws | The judges who ruled that Texas could not implement their laws: the problem was not the photo ID
      a coordinated cue after a quotation with a verb inside it => “We think it works,” he said at a news conference, and then predicted: “Our support is growing.” => he: We think it works, | he: Our support is growing.
      a modal is the verb of a led participle's clause => He will likely be able to sign up more major donors by citing his Iowa results. => He: his Iowa results
      a word and preposition whose object was said, over a short parenthesis => The group's call for Gov. Rick Snyder (R) to resign was ignored. => The group's: Gov. Rick Snyder (R) to resign
      a question put to the subject names no source => Trump was pressed about his tax returns. => null: his tax returns
      a possessive pronoun agreeing with a plural subject gives way to it => The senators renewed their calls for a special prosecutor. => The senators: a special prosecutor
      a possessive pronoun that repeats the subject gives way to it => Trump continued his criticism of Megyn Kelly. => Trump: Megyn Kelly
      a possessor before the noun of saying => Clinton's criticism of the trade deal was sharp. => Clinton's: the trade deal
      a party adjective before the noun says whose calls they are => The scandal renewed Republican calls for a special prosecutor. => Republican: a special prosecutor
      a verb read as a plural noun after the first noun phrase => The rare accord calls on all nations to limit emissions. => The rare accord: all nations to limit emissions
      an adjective of attitude and its object => Many voters are worried about the economy. => Many voters: the economy
      a question about a clause is what was asked, not what was taken => Putin took a question about whether Ukraine must cede land. => Putin: whether Ukraine must cede land
      a nameless piece of work speaks for its author => Sales are growing, according to a recent report by Bloomberg New Energy Finance. => a recent report by Bloomberg New Energy Finance: Sales are growing
      a place inside an aside is no source => Clinton, during a town hall meeting in Columbus, Ohio, said she was sorry. => Clinton: she was sorry
      a town and state after an age are no source => Cory James, 22, of Flint, Mich., said he hadn't given up hope. => Cory James: he hadn't given up hope
      a part of a group with a relative clause is the source => Many of the local GOP leaders who’d rather be working for Cruz or Rubio or Ben Carson said they have rallied behind Trump. => Many of the local GOP leaders who’d rather be working for Cruz or Rubio or Ben Carson: they have rallied behind Trump
      a name before an aside with a relative clause and a second apposition => Marty West, an education professor at Harvard who previously worked for Sen. Lamar Alexander (R-Tenn.), one of the bill’s Republican architects, called it “an incredibly significant development.” => Marty West: an incredibly significant development.
      a led participle after a misread verb and an opening adverb => Instead, Fiorina opened by talking about her charitable work overseas. => Fiorina: her charitable work overseas
      most as a superlative alone is a source => Republicans were worried about the economy; most said they were "very worried." => Republicans: the economy | most: they were "very worried."
      those a participle picks out, and a list inside the reported clause => By big margins, those surveyed say the economy, including jobs and the minimum wage, should be the first priority. => those surveyed: the economy, including jobs and the minimum wage, should be the first priority
      hours spent before a word and preposition are not its source => I would spend many hours reflecting on that subject. => I: that subject
      whatever was spent before a participle is not its source => Clinton spent much of the run-up to the Nevada caucuses portraying Sanders as focused on economic issues. => Clinton: Sanders as focused on economic issues
      a name before an apposition whose closing comma is missing => Friday on CNN’s “New Day,” Sen. Kristen Gillibrand (D-NY), a supporter of Hillary Clinton’s bid for the presidency told host Chris Cuomo she believed that Clinton would release a transcript. => Kristen Gillibrand: she believed that Clinton would release a transcript | she: that Clinton would release a transcript
      a name before a phrase after a comma is no apposition when it closes another phrase => After meeting Trump, the senator said she was pleased. => the senator: she was pleased
      people written to are not the source of what the message says => The Vermont senator emailed supporters saying the struggle continues. => The Vermont senator: supporters saying the struggle continues | The Vermont senator: the struggle continues
      a description before the name that opens an aside => Republican presidential nominee Donald Trump, during multiple interviews on Thursday, referred to President Barack Obama as “the most valuable player” for the Islamic State. => Donald Trump: President Barack Obama as “the most valuable player” for the Islamic State
      a subordinate clause's subject before a long aside => The feud started when Mrs. Clinton, in response to a crude reference to describe her loss to Barack Obama in 2008, accused him of a “penchant for sexism.” => Clinton: him of a “penchant for sexism.”
      a report before a comma is not the content of the next verb => The senator said, the media considered him a fringe candidate. => the media: him a fringe candidate
      a source between commas after a name is no apposition of it => Clinton, a top aide said, “is very confident in the contrast.” => a top aide: Clinton, a top aide said, “is very confident in the contrast.”
      a name that ends a prepositional phrase has no apposition after it => In an interview with Morning Joe hosts Joe Scarborough and Mika Brzezinski, the Democratic presidential candidate stated that Trump’s comments do not reflect the party. => the Democratic presidential candidate: that Trump’s comments do not reflect the party
      a participle after a comma goes with the clause's subject, not a possessor of a noun of saying => Gov. Mike Pence on Thursday blamed the media for making an issue out of Donald Trump’s claim that President Barack Obama “founded ISIS,” saying they were nitpicking at Trump's wording. => Gov. Mike Pence: the media for making an issue out of Donald Trump’s claim that President Barack Obama “founded ISIS,” | Donald Trump’s: that President Barack Obama “founded ISIS,” | Gov. Mike Pence: they were nitpicking at Trump's wording
      a coordinated cue takes the subject of the last clause before it => A group of rabbis called for a boycott of his speech, and the Anti-Defamation League strongly denounced Trump's rhetoric and said it would "redirect" all of his past donations. => A group of rabbis: a boycott of his speech | the Anti-Defamation League: Trump's rhetoric | the Anti-Defamation League: it would "redirect" all of his past donations
      a participle goes with the main clause, not a report in the subordinate clause before it => When Trump suggested that Cuba would sue the U.S., Rubio fired back forcefully: "If they sue us in a court in Miami, they're going to lose," referencing the large number of Cuban immigrants in the region. => Trump: that Cuba would sue the U.S. | Rubio: If they sue us in a court in Miami, they're going to lose, | Rubio: the large number of Cuban immigrants in the region
      an inverted source and cue between a subject and its verb => The contrast with Trump, said Doyle and others, would be clear since Trump has no former Republican presidents by his side. => Doyle and others: The contrast with Trump, said Doyle and others, would be clear since Trump has no former Republican presidents by his side
      a robocall speaks for whoever put it out => He blasted out a new robocall touting his House campaign. => He: a new robocall touting his House campaign | He: his House campaign
      a subject pronoun and a name coordinated are one source, not two clauses => Cruz said he and Rubio promised to lead the fight against amnesty. => Cruz: he and Rubio promised to lead the fight against amnesty | he and Rubio: to lead the fight against amnesty
      a comparison between commas after the subject is no source => Yet Democratic economists, like their Republican counterparts, say taxing consumption encourages savings. => Democratic economists: taxing consumption encourages savings | consumption: savings
      "it" as a main clause's subject takes the participle after it => When Hurt asked Norton to republish the book, it declined, citing legal risks. => Hurt: Norton to republish the book | it: legal risks
      a past tense read into a participle closing an apposition is not the source's next clause => “Americans wake up every day to more bad news,” said Mark Dubowitz, executive director of the Foundation for Defense of Democracies, a policy institute focused on national security. => Mark Dubowitz: Americans wake up every day to more bad news,
      according to a source set off between an opening phrase and the clause => Over the long term, according to the budget office, the rise in annual deficits and debt is mainly attributable to the aging of the population. => the budget office: Over the long term, according to the budget office, the rise in annual deficits and debt is mainly attributable to the aging of the population
      a verb that seldom reports after "as" only sets the time of the main clause => As they met in Ottawa, Trump was 340 miles away in Bangor, promising to build a wall. => Trump: to build a wall
      "as X puts it" reports the main clause though "put" alone seldom does => As The Post's Ruth Marcus puts it, the president is offering Republicans a deal. => The Post's Ruth Marcus: the president is offering Republicans a deal | the president: Republicans a deal
      a bounded number stands for the people who said it => Within a week, at least 21,000 said they would run for office. => at least 21,000: they would run for office
      "no matter" opens the reported clause => House Speaker Paul Ryan says no matter what Obama does, the law stands. => House Speaker Paul Ryan: no matter what Obama does, the law stands
      a time before a coordinated verb is not its subject => Trump has taken a firm stance against illegal immigration, and last June stirred controversy with an assertion that the migrants are criminals. => Trump: that the migrants are criminals
      people a pitch is made to are not the source of what it says => Ted Cruz is making a pitch to New York voters saying the ban is hurting the economy. => Ted Cruz: the ban is hurting the economy
      a noun read as a verb after "that" still opens the reported clause => Cruz said Thursday in Buffalo that states can pass such laws. => Cruz: that states can pass such laws
      a name given between commas is no inverted source (the earlier reading of the subject stays) => His group, called the Conservation Legacy Fund, will own the land. => His group: the Conservation Legacy Fund, will own the land
      a verb whose plain object seldom reports claims no quotation before it => “This is the moment,” Rubio said Monday night. “They told me we had no chance.” His campaign manager, Alex Conant, struck a similar tune. => Rubio: This is the moment, | Rubio: They told me we had no chance.
      a subject set off before the source takes its quoted predicate into the content => That, the commission said, “would be helpful in avoiding uncertainty.” => the commission: That, the commission said, “would be helpful in avoiding uncertainty.”
      a quotation with a subject of its own after the source keeps its own content => Asked about it, Ryan said, “I do not know.” => null: it | Ryan: I do not know.
      an inverted source with an apposition between a subject and its verb => The paradox of Nancy, says Carl Anthony, historian at the First Ladies Library, is that she was powerful. => Carl Anthony: The paradox of Nancy, says Carl Anthony, historian at the First Ladies Library, is that she was powerful
      one of a group standing alone as the subject => Another said the plan was dead. => Another: the plan was dead
      a number one standing alone as the subject => But one wrote, “We are done.” => one: We are done.
      whom a split quotation was asked of is no content => “Why are you still endorsing him?” Obama asked Republican politicians. => Obama: Why are you still endorsing him?
      whom a split quotation was told to is no content => “We will win!” Obama told the crowd. => Obama: We will win!
      a quotation opened in a report and closed sentences later is the rest of that report => Trump told Fox that "they hit Matt because they said he should have been tougher. What they are doing is gaming the system." => Trump: that "they hit Matt because they said he should have been tougher. What they are doing is gaming the system."
      a past tense read as a participle after a relative clause's subject still names => The efforts -- which Apple's chief executive called ''total political crap'' -- failed. => Apple's chief executive: which Apple's chief executive called ''total political crap''
      the relative pronoun opens a subject with an apposition => The efforts, which Apple's boss, Tim Cook, called “total political crap,” failed. => Apple's boss: which Apple's boss, Tim Cook, called “total political crap,”
      according to a source after a colon opens the clause that follows => The trend is clear: According to the survey, voters are angry. => the survey: voters are angry
      a quantifier floated off the subject after its auxiliary is no source => Trump and Sanders have both argued that workers have lost jobs. => Trump and Sanders: that workers have lost jobs
      a quantifier floated off the subject before the verb is no source => The two candidates each said the other lacks judgment. => The two candidates: the other lacks judgment
      a surname read as an adjective is named by the who after it => Small, who attended the rally on Wednesday, said that the plan was dead. => Small: that the plan was dead
      a subject with a relative clause after an introductory clause is the source => Although there is no such overlap with Sanders's team, a White House official who spoke anonymously to discuss internal strategy said Wednesday, "Certainly there are discussions." => who: anonymously to discuss internal strategy | a White House official who spoke anonymously to discuss internal strategy: Certainly there are discussions.
      a speaker's label after a dash names who is quoted, not the verb's subject before it => Pollsters agree - Carl Bialik: “Keep on contacting voters as late as possible.” => Carl Bialik: Keep on contacting voters as late as possible.
      a report nested in an opening subordinate clause ends at that clause's comma => While Trump affirmed that he likes Cruz to the host, he also stated a day earlier, “We will have to go to war.” => Trump: that he likes Cruz to the host | he: Cruz to the host | he: We will have to go to war.
      a relative clause after the content does not end the opening clause => After aides insisted in June that Obama would reach black voters, whose support was steady, the campaign sent him to Philadelphia. => aides: that Obama would reach black voters, whose support was steady
      the main clause after an opening clause's comma is a content, not cut => As Breitbart News reported, even on Friday morning, the White House was refusing to call it terrorism. => Breitbart News: even on Friday morning, the White House was refusing to call it terrorism | the White House: to call it terrorism
      an issued document making something clear speaks for its author => Fifty officials signed an open letter Monday making it clear that they are not voting for Trump. => Fifty officials: an open letter Monday making it clear that they are not voting for Trump | Fifty officials: that they are not voting for Trump | they: Trump
      two noun phrases joined by and after a quotation are one source => “I have been warning,” the Florida senator and Republican presidential candidate said in a statement. => the Florida senator and Republican presidential candidate: I have been warning,
      nouns joined by and in a list are not one source => The survey showed that moderates, suburbanites and non-white voters mostly backed Clinton. => The survey: that moderates, suburbanites and non-white voters mostly backed Clinton | non-white voters: Clinton
      a participle read as a past tense after a statement still ends the clause => “Bill Clinton reinforces all the negative attributes,” spokesman Jeff Bechdel said in a statement issued a half-hour later. => spokesman Jeff Bechdel: Bill Clinton reinforces all the negative attributes,
      one of a group after an inverted cue is the source => “It was unseemly,” said one of two witnesses who relayed the same story. => one of two witnesses: It was unseemly,
      one of a group after is is no inverted source => Freeing her husband, he promised, was one of his top priorities. => he: Freeing her husband, he promised, was one of his top priorities
      another standing alone after an inverted cue is the source => “Better watch out for Grimes,” tweeted another. => another: Better watch out for Grimes,
      another standing alone before a participle-tagged cue is the source => Another tweeted, “Clinton thinks she is above rules.” => Another: Clinton thinks she is above rules.
      a participle after a bare reported clause is the reporter's, not the clause subject's => Starr said Clinton’s situation reminds him of the book “The Tragedy of Lyndon Johnson,” explaining, “because what could have been was lost.” => Starr: Clinton’s situation reminds him of the book “The Tragedy of Lyndon Johnson,” | Clinton’s situation: him of the book “The Tragedy of Lyndon Johnson,” | Starr: because what could have been was lost.
      a quotation after a subordinate clause between commas is the main verb's => Clinton initially said in the spring, when the email story broke, “I did not email any classified material.” => Clinton: I did not email any classified material.
      a subordinate clause with a cue of its own keeps the quotation after it => “I am not ready,” Ryan said last week on CNN, though he said, “I hope to.” => Ryan: I am not ready, | he: I hope to.
      a part of a group after a verb that seldom reports is no inverted source => The museum, the senator said, celebrated several of his heroes, including the singer Chuck Berry. => the senator: The museum, the senator said, celebrated several of his heroes, including the singer Chuck Berry
      a quotation after an as clause is not a verb's that seldom reports => His degree has not insulated him from being seen, as the magazine put it, “the operator.” => the magazine: the operator.
      time spent on a participle is the subject's => Ayotte has spent nearly all of her time responding to Trump's controversies. => Ayotte: Trump's controversies
      no trouble before a participle is the subject's => She has no problem allowing the DNC to solicit funds. => She: the DNC to solicit funds
      a website someone released speaks for them => The Not1More campaign released a parody website asking for proposals for a library wing. => The Not1More campaign: a parody website asking for proposals for a library wing | The Not1More campaign: proposals for a library wing
      a led participle inside a relative clause has its pronoun as source => They say the first batch of emails leaked in July, which forced the resignation of the chairwoman after showing that staffers had favored Clinton. => They: the first batch of emails leaked in July, which forced the resignation of the chairwoman after showing that staffers had favored Clinton | which: that staffers had favored Clinton | staffers: Clinton
      """)
  void everyAttributionOfTheSentence(String shape, String text, String expected) {
    assertEquals(expected, describe(attributions(text)), shape);
  }

  /** {speaker mention, content} of every attribution found. */
  private static List<String[]> attributions(String text) {
    TaggedText doc = LinguisticPipeline.shared().tag(text);
    List<Quotation> qs = QuotationFinder.find(doc);
    List<Speaker> sp = new SpeakerResolver(doc, ArticlePeople.of(doc), CanonicalNames.defaults()).resolve(qs);
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < qs.size(); i++) {
      out.add(new String[] {String.valueOf(sp.get(i).mention()), text.substring(qs.get(i).start(), qs.get(i).end())});
    }
    return out;
  }

  private static String describe(List<String[]> got) {
    List<String> parts = new ArrayList<>();
    for (String[] g : got) parts.add(g[0] + ": " + g[1]);
    return String.join(" | ", parts);
  }
}
