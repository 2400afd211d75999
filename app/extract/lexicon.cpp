#include "lexicon.h"

namespace Verbatim::Lexicon {

const WordTable<> &speechVerbs()
{
    static const WordTable<> table{
        u"said", u"says", u"say", u"told", u"tells", u"stated", u"states", u"noted", u"notes", u"announced", u"announces",
        u"claimed", u"claims", u"stressed", u"stresses", u"warned", u"warns", u"added", u"adds", u"suggested", u"suggests",
        u"insisted", u"insists", u"emphasized", u"emphasised", u"emphasizes", u"emphasises", u"urged", u"urges", u"argued",
        u"argues", u"explained", u"explains", u"asserted", u"asserts", u"acknowledged", u"acknowledges", u"admitted",
        u"admits", u"denied", u"denies", u"confirmed", u"confirms", u"declared", u"declares", u"wrote", u"writes",
        u"tweeted", u"posted", u"responded", u"replied", u"replies", u"accused", u"accuses", u"promised", u"promises",
        u"vowed", u"vows", u"pledged", u"pledges", u"threatened", u"threatens", u"predicted", u"predicts", u"recalled",
        u"recalls", u"reiterated", u"reiterates", u"underlined", u"underscored", u"alleged",
        u"alleges", u"observed", u"commented", u"remarked", u"conceded", u"concedes", u"assured", u"assures", u"indicated",
        u"indicates", u"revealed", u"reveals", u"proposed", u"proposes", u"demanded", u"demands", u"insist", u"warn",
        u"claim", u"argue", u"believes", u"believe", u"thinks", u"think", u"hopes", u"countered", u"cautioned",
        u"complained", u"estimated", u"agreed", u"announce", u"highlighted", u"signaled", u"signalled", u"clarified",
        u"pointed", u"expressed", u"reported", u"asserting", u"telling", u"saying", u"adding", u"stressing",
        u"noting", u"warning", u"insisting", u"emphasizing", u"emphasising", u"arguing", u"claiming", u"described", u"describes",
        u"quipped", u"joked", u"lamented",
        // Stance verbs whose object is what was said: "condemned the attack", "reaffirmed the commitment to ...".
        u"condemned", u"condemns", u"condemn", u"commended", u"commends", u"commend", u"welcomed", u"welcomes",
        u"reaffirmed", u"reaffirms", u"reaffirm", u"underscores", u"underscore", u"denounced", u"denounces",
        u"applauded", u"applauds", u"highlights", u"affirmed", u"affirms", u"stress", u"note", u"urge",
        u"announcing", u"calling", u"asked", u"asks", u"called", u"made", u"makes", u"making", u"been", u"reiterating",
        u"reaffirming", u"welcome", u"tell", u"highlight", u"reiterate", u"emphasize", u"emphasise",
        u"rejected", u"rejects", u"reject", u"conveyed", u"conveys", u"lauded", u"lauds", u"praised", u"praises", u"underscoring",
        u"urging", u"asking",
    };
    return table;
}

const WordTable<> &expressedNouns()
{
    static const WordTable<> table{
        u"readiness", u"hope", u"hopes", u"concern", u"concerns", u"confidence", u"support", u"willingness", u"regret",
        u"doubt", u"doubts", u"optimism", u"scepticism", u"skepticism", u"frustration", u"gratitude", u"opposition",
        u"disappointment", u"interest", u"solidarity", u"condolences", u"satisfaction", u"alarm", u"outrage",
    };
    return table;
}

const WordTable<> &titles()
{
    static const WordTable<> table{
        u"President", u"Vice", u"Prime", u"Minister", u"Premier", u"Chancellor", u"Secretary", u"Secretary-General",
        u"King", u"Queen", u"Prince", u"Princess", u"Pope", u"Sheikh", u"Emir", u"Sultan", u"General", u"Gen.", u"Lieutenant",
        u"Lt.", u"Colonel", u"Col.", u"Major", u"Maj.", u"Captain", u"Capt.", u"Admiral", u"Adm.", u"Commander", u"Marshal",
        u"Senator", u"Sen.", u"Representative", u"Rep.", u"Congressman", u"Congresswoman", u"Governor", u"Gov.", u"Mayor",
        u"Ambassador", u"Envoy", u"Judge", u"Justice", u"Director", u"Mr", u"Mr.", u"Mrs", u"Mrs.", u"Ms", u"Ms.", u"Dr",
        u"Dr.", u"Prof.", u"Professor", u"Speaker", u"Chairman", u"Chairwoman", u"Spokesman", u"Spokeswoman",
        u"Spokesperson", u"Deputy", u"Foreign", u"Defense", u"Defence", u"Finance", u"Interior", u"Patriarch",
        u"Metropolitan", u"Archbishop", u"Bishop", u"Cardinal", u"Sir", u"Dame", u"Lord", u"Chief", u"Sergeant", u"Sgt.",
        u"Private", u"Pvt.", u"Corporal", u"Field", u"Brigadier", u"Rear", u"First", u"Lady", u"Crown", u"Supreme",
        u"Leader", u"Commissioner", u"High", u"Special", u"Attorney", u"Treasury", u"State", u"Under", u"Assistant", u"Acting", u"Principal", u"Executive",
        u"Administrator", u"Undersecretary", u"Under-Secretary", u"Emeritus", u"Sheriff", u"Superintendent", u"Inspector",
        u"Detective", u"Constable", u"Councillor", u"Councilor", u"Alderman", u"Magistrate", u"Provost", u"Rabbi", u"Imam",
        u"Reverend", u"Rev.", u"Baroness", u"Baron", u"Duke", u"Duchess", u"Earl", u"Countess", u"Viscount", u"Emperor",
        u"Empress", u"Tsar", u"Czar", u"Shah", u"Ayatollah", u"Mufti", u"Coach", u"Astronaut", u"Mayor-elect",
        u"President-elect", u"Congressmember", u"Assemblyman", u"Assemblywoman", u"Lieutenant-General", u"Major-General",
        u"Lt.-Gen.", u"Maj.-Gen.", u"Brig.-Gen.", u"Shadow", u"Home", u"CEO", u"CFO", u"COO", u"Chairperson",
        u"Advisor", u"Adviser",
    };
    return table;
}

const WordTable<> &roleNouns()
{
    static const WordTable<> table{
        u"president", u"minister", u"spokesman", u"spokeswoman", u"spokesperson", u"leader", u"ruler", u"chief", u"head",
        u"journalist", u"correspondent", u"reporter", u"analyst", u"expert", u"envoy", u"ambassador", u"negotiator",
        u"adviser", u"advisor", u"aide", u"official", u"diplomat", u"commander", u"general", u"secretary", u"chancellor",
        u"premier", u"mayor", u"governor", u"senator", u"lawmaker", u"deputy", u"chairman", u"chairwoman", u"director",
        u"founder", u"economist", u"professor", u"researcher", u"host", u"presenter", u"editor", u"counterpart", u"dictator",
        u"strongman", u"king", u"queen", u"prince", u"pope", u"colonel", u"admiral", u"officer", u"representative",
        u"lawyer", u"activist", u"historian", u"scholar", u"fellow", u"columnist", u"commentator", u"blogger", u"prosecutor",
        u"judge", u"emissary", u"foreign", u"defence", u"defense", u"prime", u"vice", u"press", u"speaker", u"chair",
        u"commissioner", u"mediator", u"monitor", u"observer", u"delegate", u"politician", u"candidate",
    };
    return table;
}

const WordTable<> &organisationHeads()
{
    static const WordTable<> table{
        u"Ministry", u"Office", u"Council", u"Institute", u"Agency", u"Department", u"Committee", u"Commission", u"Party",
        u"Bank", u"Group", u"News", u"Times", u"Post", u"Journal", u"University", u"Corporation", u"Corp", u"Corp.", u"Company",
        u"Inc", u"Inc.", u"Ltd", u"Ltd.", u"LLC", u"Forces", u"Army", u"Navy", u"Guard", u"Service", u"Services", u"Centre",
        u"Center", u"Foundation", u"Union", u"Parliament", u"Assembly", u"Court", u"Administration", u"Government", u"Cabinet",
        u"Fund", u"Organization", u"Organisation", u"Association", u"Alliance", u"Coalition", u"Network", u"Bureau", u"Press",
        u"TV", u"Radio", u"Television", u"Broadcasting", u"Tribunal", u"Senate", u"Congress", u"Duma", u"Rada", u"Authority",
        u"Directorate", u"Command", u"Brigade", u"Battalion", u"Regiment", u"Division", u"Corps", u"Fleet", u"Police",
        u"Secretariat", u"Presidency", u"Academy", u"School", u"College", u"Society", u"Club", u"Movement", u"Front",
        u"League", u"Mission", u"Embassy", u"Consulate", u"Wire", u"Herald",
        u"Tribune", u"Gazette", u"Daily", u"Observatory", u"Board", u"Staff", u"Caucus", u"Bloc", u"Chamber",
        u"Institution", u"Trust", u"Watch", u"Holdings", u"Airlines", u"Energy", u"Motors",
        u"Industries", u"Systems", u"Technologies", u"Partners", u"Review", u"Magazine", u"Channel", u"Broadcaster",
        u"Palace", u"Kremlin", u"Pentagon", u"Church", u"Departments", u"Ministries", u"Agencies", u"Committees",
        u"Councils", u"Parties", u"Municipality", u"Weekly", u"Chronicle", u"Examiner", u"Inquirer", u"Courier",
        u"Bulletin", u"Telegraph", u"Legion", u"Brotherhood", u"Conference",
        u"Institutes", u"Universities", u"Schools", u"Force",
    };
    return table;
}

const WordTable<> &unnamedSpeakerNouns()
{
    static const WordTable<> table{
        u"man", u"woman", u"men", u"women", u"resident", u"residents", u"soldier", u"soldiers", u"officials", u"farmer",
        u"farmers", u"witness", u"witnesses", u"voter", u"voters", u"mother", u"father", u"teacher", u"doctor", u"nurse",
        u"volunteer", u"volunteers", u"source", u"sources", u"diplomats", u"analysts", u"experts", u"observers", u"critics",
        u"protesters", u"villager", u"villagers", u"student", u"students", u"worker", u"workers", u"refugee", u"refugees",
        u"survivor", u"survivors", u"pensioner", u"local", u"locals", u"people", u"person", u"neighbour", u"neighbor",
        u"veteran", u"veterans", u"driver", u"shopkeeper", u"priest", u"lawmakers", u"negotiators", u"insiders", u"aides",
    };
    return table;
}

const WordTable<> &placeHeads()
{
    static const WordTable<> table{
        u"Square", u"Street", u"Avenue", u"Road", u"River", u"Bridge", u"Park", u"Airport", u"Station", u"Stadium",
        u"Mountains", u"Mountain", u"Sea", u"Bay", u"Lake", u"Island", u"Islands", u"Valley", u"Oblast", u"Region",
        u"Province", u"District", u"County", u"Plaza", u"Boulevard", u"Port", u"Harbour", u"Harbor", u"Canal", u"Gulf",
        u"Strait", u"Peninsula", u"Coast", u"Desert", u"Forest", u"Dam", u"Heights", u"Hill", u"Hills", u"Krai",
        u"Raion", u"Governorate", u"Prefecture", u"Canton", u"Strip", u"Corridor", u"Pass", u"Highway", u"Ocean",
        u"Museum", u"Planetarium", u"Arena", u"Hall", u"Memorial", u"Cathedral", u"Mosque", u"Temple", u"Tower", u"Towers",
        u"Building", u"Castle", u"Base", u"Mall", u"Zoo", u"Cemetery", u"Prison", u"Beach", u"Falls", u"Springs",
        u"Canyon", u"Reef", u"Lane", u"Drive", u"Parkway", u"Expressway", u"Freeway", u"Terminal", u"Pier", u"Wharf",
        u"Gallery", u"Galleries",
    };
    return table;
}

const WordTable<> &trailingOrganisationNouns()
{
    static const WordTable<> table{
        u"party", u"movement", u"bloc", u"alliance", u"coalition", u"group", u"militia", u"brigade", u"battalion",
        u"agency", u"ministry", u"government", u"administration", u"newspaper", u"daily", u"broadcaster", u"network",
        u"channel", u"magazine", u"website", u"company", u"firm", u"union", u"council", u"faction", u"regiment",
    };
    return table;
}

const WordTable<> &organisationNouns()
{
    static const WordTable<> table{
        u"ministry", u"government", u"office", u"embassy", u"agency", u"army", u"military", u"council", u"department",
        u"administration", u"company", u"party", u"committee", u"commission", u"court", u"palace", u"presidency",
        u"parliament", u"cabinet", u"alliance", u"bloc", u"union", u"organisation", u"organization", u"institute",
        u"foundation", u"group", u"movement", u"campaign", u"delegation", u"secretariat", u"bank", u"firm", u"newspaper",
        u"broadcaster", u"network", u"mission", u"regime", u"authorities", u"prosecutors", u"police", u"command", u"kremlin",
        u"statement", u"report",
    };
    return table;
}

const WordTable<> &sentenceStarters()
{
    static const WordTable<> table{
        u"The", u"A", u"An", u"This", u"That", u"These", u"Those", u"It", u"Its", u"He", u"She", u"They", u"We", u"I", u"You",
        u"His", u"Her", u"Their", u"Our", u"My", u"Your", u"If", u"But", u"And", u"Or", u"So", u"Then", u"When", u"While",
        u"After", u"Before", u"Since", u"As", u"At", u"In", u"On", u"Of", u"For", u"With", u"From", u"By", u"To", u"Meanwhile",
        u"However", u"Earlier", u"Later", u"Also", u"Asked", u"Details", u"Source", u"Quote", u"Background", u"Still", u"Yet",
        u"Now", u"Today", u"Yesterday", u"Tomorrow", u"There", u"Here", u"What", u"Why", u"How", u"Who", u"Where", u"Which",
        u"Although", u"Though", u"Despite", u"Unlike", u"According", u"During", u"Under", u"Over", u"Among", u"Between",
        u"Without", u"Within", u"Following", u"Instead", u"Indeed", u"Moreover", u"Furthermore", u"Nevertheless", u"Nonetheless",
        u"Some", u"Many", u"Most", u"All", u"Both", u"Each", u"Every", u"Several", u"Other", u"Another", u"No", u"Not", u"Only",
        u"Even", u"Just", u"More", u"Less", u"Further", u"First", u"Second", u"Third", u"Last", u"Next", u"New", u"Former",
        u"Such", u"Neither", u"Either", u"Whether", u"Because", u"Once", u"Until", u"Unless", u"Whatever", u"Whoever",
        u"Speaking", u"Writing", u"Addressing", u"Responding", u"Told", u"Given", u"Amid", u"Against", u"Across",
        u"Around", u"Through", u"Throughout", u"Up", u"Down", u"Out", u"Off", u"Above", u"Below", u"Near", u"Beyond", u"Like",
        u"Thus", u"Hence", u"Therefore", u"Otherwise", u"Perhaps", u"Maybe", u"Already", u"Again", u"Finally", u"Eventually",
        u"Currently", u"Previously", u"Recently", u"Separately", u"Additionally", u"Overall", u"Together", u"Officials",
        u"Analysts", u"Experts", u"Critics", u"Sources", u"Residents", u"People", u"Officers", u"Troops", u"Soldiers", u"Do",
        u"Does", u"Did", u"Is", u"Are", u"Was", u"Were", u"Be", u"Been", u"Has", u"Have", u"Had", u"Will", u"Would", u"Can",
        u"Could", u"Should", u"May", u"Might", u"Must", u"Let", u"Please", u"Yes", u"Thank", u"Thanks", u"Hello", u"Note",
        u"Update", u"Read", u"See", u"Watch", u"Photo", u"Video", u"Editor", u"Reporting", u"Additional", u"Story", u"Full",
    };
    return table;
}

const WordTable<> &nameConnectors()
{
    static const WordTable<> table{
        u"of", u"for", u"the", u"and", u"on", u"de", u"del", u"della", u"di", u"da", u"dos", u"du", u"la", u"le", u"von",
        u"van", u"der", u"den", u"bin", u"al", u"el", u"y", u"&",
    };
    return table;
}

const WordTable<> &months()
{
    static const WordTable<> table = [] {
        WordTable<> t;
        const char16_t *names[] = {u"January", u"February", u"March", u"April", u"May", u"June", u"July", u"August",
                                   u"September", u"October", u"November", u"December"};
        const char16_t *abbreviations[] = {u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun", u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec"};
        for (int m = 0; m < 12; ++m) {
            t.insert(QString::fromUtf16(names[m]), quint8(m + 1));
            t.insert(QString::fromUtf16(abbreviations[m]), quint8(m + 1));
        }
        t.insert(QStringLiteral("Sept"), 9);
        return t;
    }();
    return table;
}

const WordTable<> &weekdays()
{
    static const WordTable<> table = [] {
        WordTable<> t;
        const char16_t *names[] = {u"Monday", u"Tuesday", u"Wednesday", u"Thursday", u"Friday", u"Saturday", u"Sunday"};
        for (int d = 0; d < 7; ++d)
            t.insert(QString::fromUtf16(names[d]), quint8(d + 1));
        return t;
    }();
    return table;
}

const WordTable<> &verbAuxiliaries()
{
    static const WordTable<> table{
        u"has", u"have", u"had", u"will", u"would", u"also", u"later", u"earlier", u"then", u"again", u"previously",
        u"repeatedly", u"recently", u"reportedly", u"publicly", u"privately", u"once", u"often", u"is", u"was", u"did",
        u"does", u"do", u"further", u"separately", u"initially", u"subsequently", u"already", u"only", u"even", u"still",
        u"now", u"just", u"first", u"last", u"flatly", u"firmly", u"openly", u"bluntly", u"clearly", u"explicitly",
        u"frequently", u"may", u"might", u"could", u"should", u"can", u"must", u"allegedly",
    };
    return table;
}

const WordTable<> &auxiliaries()
{
    static const WordTable<> table = [] {
        WordTable<> t = verbAuxiliaries();
        for (const char16_t *word : {u"today", u"yesterday", u"tonight", u"jointly", u"formally", u"officially", u"personally",
                                     u"strongly", u"unequivocally", u"categorically", u"swiftly", u"immediately", u"quickly",
                                     u"warmly", u"shall", u"am", u"are", u"were", u"be", u"being", u"been", u"not", u"never",
                                     u"always", u"both", u"together", u"all", u"themselves", u"himself", u"herself", u"itself",
                                     u"ourselves"})
            t.insert(QString::fromUtf16(word));
        return t;
    }();
    return table;
}

const WordTable<> &modals()
{
    static const WordTable<> table{u"will", u"would", u"may", u"might", u"could", u"should", u"can", u"must", u"shall"};
    return table;
}

const WordTable<> &verbsNeedingThat()
{
    static const WordTable<> table{
        u"threatened", u"threatens", u"revealed", u"reveals", u"estimated", u"estimates", u"believes", u"believe", u"thinks",
        u"think", u"hopes", u"agreed", u"confirmed", u"confirms", u"indicated", u"indicates", u"signaled", u"signalled",
        u"predicted", u"predicts", u"recalled", u"recalls", u"assured", u"assures", u"proposed", u"proposes", u"demanded",
        u"demands", u"complained", u"conceded", u"concedes", u"admitted", u"admits", u"denied", u"denies", u"countered",
        u"conveyed", u"conveys",
    };
    return table;
}

const WordTable<> &verbsWithAddressee()
{
    static const WordTable<> table{u"urged", u"urges", u"urge", u"urging", u"asked", u"asks", u"asking", u"called", u"calling"};
    return table;
}

QString normalisedRole(QStringView word)
{
    const QString lower = word.toString().toLower();
    if (lower == u"spokesman" || lower == u"spokeswoman")
        return QStringLiteral("spokesperson");
    if (lower == u"defense")
        return QStringLiteral("defence");
    return lower;
}

Pronoun subjectPronoun(QStringView word)
{
    // Contractions keep their pronoun: "I'm announcing", "we're calling on".
    const qsizetype apostrophe = word.indexOf(u'\'') >= 0 ? word.indexOf(u'\'') : word.indexOf(QChar(0x2019));
    if (apostrophe > 0)
        word = word.first(apostrophe);
    if (word == u"I" || word.compare(u"we", Qt::CaseInsensitive) == 0)
        return Pronoun::FirstPerson;
    if (word.compare(u"he", Qt::CaseInsensitive) == 0)
        return Pronoun::Masculine;
    if (word.compare(u"she", Qt::CaseInsensitive) == 0)
        return Pronoun::Feminine;
    if (word.compare(u"they", Qt::CaseInsensitive) == 0)
        return Pronoun::Plural;
    if (word.compare(u"it", Qt::CaseInsensitive) == 0)
        return Pronoun::Neuter;
    return Pronoun::None;
}

} // namespace Verbatim::Lexicon
