"""Text-dump layouts of our own making: invented outlets and wording, the shapes of real dumps."""

READ_MORE = """\
Harvest Fair Draws Record Crowds in Herat

Farmers from twelve districts brought saffron and pomegranates to the annual fair on Sunday.

Organisers said about 40,000 visitors attended, twice the number of last year.

"We sold everything by noon," said one grower from Ghoryan.

Harvest Fair Draws Record Crowds in Herat
read more

New Bridge Opens Over the Amu River

The bridge links two border towns and cuts the journey by four hours, officials said.

Traders expect cargo traffic to double within a year.

New Bridge Opens Over the Amu River
read more
"""

PUBLISHED_SOURCE = """\
Water talks stall as dam dispute deepens

Riverside Chronicle
Published On 3 March 2024

Negotiators from both countries left the meeting without an agreement on Tuesday.

The dispute concerns the flow of water to farms downstream during the dry season.

Source: Riverside Chronicle and wire services
Water talks stall as dam dispute deepens
read more
"""

HEADER_BULLETS = """\
Envoy visits capital to discuss border trade\x20

A delegation walks past a convoy of trucks at the crossing on May 2, 2024. (Photo courtesy: Ministry of Trade)
Short Url
Updated 4 May 2024
Follow

Envoy visits capital to discuss border trade\x20

  • The envoy is on a two-day visit, his first since taking office
  • Trade through the main crossing has fallen by a third

KARACHI: The special envoy met ministers on Thursday to discuss tariffs and transit rules.

He said both sides wanted the crossing to stay open around the clock.




Officials at the crossing check documents of drivers waiting in line on May 2, 2024. (@TradeDesk/X)

"Trade is the bridge between our peoples," the envoy told reporters.


Ministers back new regional railway plan

Updated 9 June 2025
Follow

Ministers back new regional railway plan

  • The railway would connect three capitals

KARACHI: Transport ministers of three countries endorsed a railway plan on Monday.

They agreed to commission a feasibility study before the end of the year.
"""

BYLINE_SECTIONS = """\
Why the Winter Aid Appeal Matters

By  and\x20

Policy Forum Review
Centre for Mountain Studies

Aid agencies warned this week that the winter appeal is only a fifth funded.

Families in high valleys depend on fuel deliveries that must arrive before the passes close.

The Numbers Behind the Appeal

The appeal seeks 300 million dollars for fuel, blankets and food.

Only 60 million dollars has been pledged so far.

What Comes Next

Donors meet again in Geneva next month.

Why the Winter Aid Appeal Matters
read more
"""

ONE_PER_LINE_ITEMS = """\
Clinic Network Expands Across Northern Provinces

Health officials opened fourteen new clinics across the northern provinces this month.

Health officials opened fourteen new clinics across the northern provinces this month.
Each clinic will employ at least two midwives and a vaccinator.
The ministry said the clinics would serve about 200,000 people.


A convoy carrying school books reached the southern district on Saturday, local officials said.
Teachers said the books arrived three months late.
The district has about 9,000 pupils in primary schools.

Flooding damaged some 300 homes in the eastern valley after heavy rain on Friday.
Residents said the river rose within an hour.
Aid groups were sending tents and water filters.
"""

KEY_POINTS = """\
Highlights
- Grain prices fall for the third month
- Imports rise through western crossings
BAMYAN: Grain prices fell for the third month in a row, traders in the central highlands said.
Importers said larger shipments had come through the western crossings since spring.
Millers expect prices to stay low until the next harvest.
"""

NAV_HEADINGS = """\

Officials from the two neighbours met on Tuesday to discuss water sharing and trade.
The talks lasted two days and ended with a joint statement.

Both sides agreed to set up a technical committee on the river basin.
Related: Drought Hits Farmers Across the Basin
The committee will meet every three months.
A Long Dispute
The river has been a source of friction for decades.
See also: Ten Years of Water Diplomacy
Experts said the agreement could ease tensions this summer.

"""

WRAPPED = """\
Archive Reopens After Long Restoration

The national archive reopened its reading room on Monday after a restoration
that took nearly four years and cost about two million dollars, the culture
ministry said in a statement.

Researchers will be able to consult manuscripts from the nineteenth century
again, although some collections remain closed for cataloguing.

An archivist adjusts a lamp above a restored map.
Restored maps are displayed in the main hall

Visitors must book a slot in advance.

Opening Hours
The reading room opens at nine on weekdays.
Entry is free for students.
"""

# blank-line paragraphs: masthead letters and an agency credit line around the headline; an
# untitled story opening with a wire dateline; a credit footer; bulleted byline/date/source
# lines and a desk credit heading untitled stories
MASTHEAD_AND_DESK = """\
Grain convoy reaches Bamyan after road reopens

Published : 3 March 2025

BAMYAN: A convoy of 40 trucks carrying wheat reached the province on Monday, officials said.

Traders said prices had already begun to fall in the main bazaar.


XT
YT

Herat schools reopen after winter break with new teachers
ANI
Updated At : 09:11 AM Mar 12, 2025 IST

Herat [Afghanistan], March 12 (ANI): Schools in Herat reopened on Wednesday with 1,200 new teachers.

Parents said classrooms were crowded but welcomed the return.


Kunduz [Afghanistan], March 14 (ANI): Farmers in Kunduz said 3,000 hectares were flooded this week.

Relief groups said they had delivered tents to 250 families.

Read the full story at the Valley Courier website.


- By Omid Rahimi
- Fri, 14 Mar 2025 10:20 AM (IST)
- Source:VCN

Kicker Row: Officials in Balkh said 18 clinics would open in the spring, a month early.

The health department said staff had already been hired.


Riverside24 Desk

Mazar: Officials said the airport would add 6 weekly flights from April.

The airline said tickets would go on sale next week.
"""

# a copied web page: a thumbnail's alt text, a site name with an app link, related links whose
# headline reappears on the next page, sentence bullets, bulleted header lines, a digits-only
# date after desk initials, a trailing '(Read More)' marker
PAGE_FURNITURE = """\
Skip to main content

thumbnail image

Clinics reopen in Kunar after floods

Doctors returned to 14 clinics in Kunar on Sunday, the health office said.

top of page


Riverpost.news

Download on the App Store

Court hears case of 300 detained traders

The court heard the case on Tuesday.

Overview

  • Police detained 300 traders at the market on Monday morning.

  • A lawyer said 120 of them had been released without charge.

Read more: Ministers meet on border trade

bottom of page


Ministers meet on border trade

Photo: Valley Courier

Governors discuss new tariffs at the border

KABUL, AFGHANISTAN – Governors met on Tuesday to discuss tariffs on 12 goods.

The meeting ended without a statement. (Read More)

ab/cd


06.30.25

Families stood in line for 6 hours at the crossing, aid workers said.

A spokesman said the queues would ease next week.

xy/zz/qq


Reservoir levels fall in the north

  • Writer: Herat Chronicle

  • Jun 9

  • 2 min read

Water levels in four reservoirs fell by a third this spring, engineers said.
"""

# one paragraph per line: an ad break inside a story, a headline with an agency's initials under it
AD_BREAK_CREDIT = """\
Wheat harvest expected to rise in the north
Farmers in Balkh expect a larger harvest this year, officials said.
The rains came early and the fields are green.
STORY CONTINUES BELOW THIS AD
Officials said storage would be a problem for about 2,000 farmers.
WFP Warns of Funding Gap for Returnees in Winter
WFP
The World Food Programme said it needed 50 million dollars for the winter.
It said families arriving from Iran had few savings.
"""

# a scraper's dump: a separator directly above the text, empty 'Title:' and 'Date:' labels
SCRAPER_GLUED = """\
==========
Title:
Date: 2024-07-21
Source: Valley Courier
----------
KABUL (Valley Courier): The ministry said 3,775 migrants returned on Saturday.

Most of them crossed at the main border post, it said.
==========
Title:
Date:
Source: Herat Ledger
----------
Officials in Herat said 1,418 migrants were sent back this week.
"""

# a Markdown digest: digest title and intro, section headings over lists of articles and over
# headlines, emphasis inside a headline, italic and bold metadata lines, link lines, rules
MARKDOWN_DIGEST = """\
# Valley Weekly Digest

_The week's reporting from the valley, compiled every Friday._

## Top stories

### Ministers agree on new **border trade** rules

*Published 3 July 2025*

**Source:** Valley Courier

Ministers from both countries agreed on Monday to extend trading hours at 3 crossings.

Traders said the change would cut waiting times by half.

[Read more](https://example.org/border-trade)

---

### _Clinics in Kunar reopen after floods_

_Published 5 July 2025_

Doctors returned to 14 clinics in Kunar on Sunday, the health office said.

[Read more](https://example.org/clinics)

***

## In brief

- [Wheat prices fall in Herat](https://example.org/wheat)
- [Envoys meet in Doha](https://example.org/doha)
"""

# a Windows export: a byte-order mark, CRLF line ends, a 'Source:' footer under each story
SOURCE_FOOTERS = (
    "\ufeffGrain convoy reaches Bamyan\r\n\r\n"
    "A convoy of 40 trucks carrying wheat reached the province on Monday, officials said.\r\n\r\n"
    "Traders said prices had begun to fall.\r\n\r\n"
    "Source: Valley Courier\r\n\r\n"
    "Schools reopen in Herat\r\n\r\n"
    "Schools in Herat reopened on Wednesday with 1,200 new teachers.\r\n\r\n"
    "Source: Herat Ledger\r\n\r\n"
    "Officials in Balkh said 18 clinics would open in the spring.\r\n\r\n"
    "The health department said staff had already been hired.\r\n\r\n"
    "Source: Balkh Tribune\r\n"
)

# a hard-wrapped e-mail newsletter: banners, bylines, paragraphs wrapped at 72 columns whose
# last line is short, a section banner, an unsubscribe footer
WRAPPED_NEWSLETTER = """\
==== VALLEY WEEKLY ====

*** TOP STORIES ***

Border crossing reopens after three-week closure
By Sara Rahimi

The main border crossing between the two countries reopened on Monday
after a closure of three weeks that left about 4,000 trucks stranded on
both sides, officials said. Traders said prices of flour and cooking oil
had risen by a fifth
during the closure.

Drivers said they had slept in their cabs for
nights.

Clinics in Kunar reopen after floods
By Omid Noori

Doctors returned to 14 clinics in the eastern province of Kunar on
Sunday, the provincial health office said, a month after floods damaged
the roads.

==== REGION ====

Wheat prices fall in Herat

Wheat prices in Herat fell by a third in May as imports through the
western crossings rose, traders said on Thursday.

--
You are receiving this newsletter because you subscribed to Valley Weekly.
Unsubscribe | Manage preferences
"""

# one paragraph per line, no blank lines: headlines with and without a byline or date under
# them, short body lines, a short last line
PER_LINE_HEADLINES = """\
Ministers Agree on New Border Trade Rules
By Sara Rahimi | Valley Courier
Ministers from both countries agreed on Monday to extend trading hours at 3 crossings.
Traders said waiting times would fall.
Kunar Clinics Reopen
5 July 2025
Doctors returned to 14 clinics in Kunar on Sunday, the health office said.
Two clinics in the upper valley remain shut
Wheat Prices Fall in Herat Markets
HERAT: Wheat prices fell by a third in May, traders said.
Millers expect prices to stay low until the harvest in 2026.
Envoys Meet in Doha on Trade Corridor
Envoys from five countries met in Doha on Tuesday to discuss a trade corridor.
The next round is due in 2026
"""

# a copied web page: a menu, share buttons, an ad break, a photo caption and credit, related
# links, tags, a comment counter and a cookie notice around and inside the article
WEB_PAGE = """\
Home | News | World | Sport
Menu
Search

Ministers agree on new border trade rules

By Sara Rahimi
3 July 2025
Share this article

Ministers from both countries agreed on Monday to extend trading hours at 3 crossings.

Advertisement

Trucks wait at the crossing on Monday.
Photo: AFP

Traders said the change would cut waiting times by half.

Related: Wheat prices fall in Herat

Also read: Envoys meet in Doha

Tags: Trade, Border, Pakistan

12 Comments

We use cookies to improve your experience on our site. Accept
"""

#: a newsletter wrapped at about 64 columns: a masthead with its issue date, a headline wrapped
#: over two lines, a one-line standfirst, a byline with its date, datelines, numbered items
WRAPPED_HEADLINE_NEWSLETTER = """\
BORDERLANDS WEEKLY
Issue 42 -- 14 March 2025

Kabul and Islamabad agree to reopen the Torkham crossing
for trade after a two-week closure
Traders on both sides welcomed the deal but warned of delays
By Samira Wali | 13 March 2025

KABUL: Officials from both governments said on Thursday that
the crossing would reopen to cargo trucks from Saturday morning,
ending a closure that stranded thousands of drivers.
"We lost money every single day," said one fruit exporter.
Customs staff will work extra shifts to clear the backlog.

The agreement covers three points:
1. Cargo trucks may cross from 6 a.m. to 6 p.m. each day
from Saturday onward.
2. Pedestrians need a valid visa or a refugee card.

Aid groups want schools for returnees in Nangarhar
Teachers say classrooms are full
By Jawad Karimi | 12 March 2025

JALALABAD: Thousands of families who returned from Pakistan
this winter are living in tents on the edge of the city, and
aid workers say there are not enough classrooms for children.
Local teachers run two shifts a day.
"The children want to learn," said a headmistress.
"""

#: one paragraph per line in sentence case: a question headline, a story that opens with a
#: dateline and no headline, a quoted headline, a one-sentence last paragraph
PER_LINE_SENTENCE_CASE = """\
Pakistan extends deadline for Afghan card holders
Islamabad has extended the deadline for holders of Afghan citizen cards by two months, officials said on Monday.
The interior ministry said the decision followed requests from aid agencies.
More than 800,000 people hold the cards, according to UN figures.
The move was welcomed.

Can Kabul's new trade corridor survive the winter?
Traders in Kabul say a new road link through Uzbekistan could cut transport costs by a third.
But the route crosses high passes that are often closed by snow between December and March.
"We need a tunnel, not promises," a transport union leader said.

Floods damage hundreds of homes in Kunar
Heavy rain caused flash floods in three districts of Kunar province overnight, local officials said.
At least 300 homes were damaged and several roads were cut.
Rescue teams were sent from Asadabad.
KABUL, May 12 (Bakhtar) - The health ministry said on Sunday that a polio vaccination campaign would begin next week in 20 provinces.
Some 9 million children are expected to receive drops.
'We will reach every child,' minister says
The minister told reporters that female vaccinators would take part in the campaign.
Officials did not say how many women had been hired.
"""

#: a newsletter wrapped at about 75 columns: a masthead line, headlines above leads that open
#: with a dateline, a quote ending a paragraph mid-block, a numbered list under a sentence
DATELINE_NEWSLETTER = """\
THE KABUL LETTER -- news from Afghanistan, week 11

Wheat prices fall in Herat as imports from Kazakhstan resume

HERAT: The price of a 50-kilogram sack of flour fell by almost a fifth this
week after rail shipments from Kazakhstan resumed through Hairatan, traders
said.
"It is the first good news this year," said Ahmad Zia, a baker in the old
city. He said he had cut the price of bread.

The World Food Programme said it would keep monitoring prices in
12 markets across the west of the country.

Returnees struggle to find work in Nangarhar

JALALABAD: Men who came back from Pakistan this spring say there are
few jobs in the city. Day labourers wait at the main square from dawn.
Officials gave three reasons for the shortage:
1. Construction has slowed because banks cannot move money.
2. Farms need fewer hands after the drought.
3. Trade with Pakistan is down.
Aid agencies plan cash-for-work schemes from next month.
"""

#: one paragraph per line, no blank lines: short sentence-case headlines each retold by the
#: lead under them, and a subheading that its sentence does not retell
PER_LINE_SHORT_HEADLINES = """\
Kabul airport resumes night flights
Kabul airport resumed night flights on Tuesday after radar equipment was repaired, the civil aviation authority said.
Two airlines said they would add evening routes to Dubai and Istanbul.
Herat gets new hospital wing
A new maternity wing opened at the Herat regional hospital on Wednesday with 60 beds.
The wing was funded by a Japanese grant.
Doctors said it would ease crowding.
Snow closes Salang pass
Heavy snow closed the Salang pass on Thursday, stranding hundreds of vehicles.
Officials said the road would reopen once the snow was cleared.
Traders count the cost
Fruit exporters said they had lost a week of sales.
"""

#: a copied page: breadcrumbs, an `Updated:` line, an author line and share count above the
#: lead with no blank line, share buttons, `Read more` teasers with their dates, an author box
PAGE_WITH_TEASERS = """\
Home > World > Asia
Afghanistan

Taliban reopen universities for men after winter break
Updated: 15 March 2025, 10:42 AM
By Farid Ahmadi
Farid Ahmadi is a correspondent based in Kabul.
1.2K shares
Students walk to Kabul University on Saturday
Universities across Afghanistan reopened for male students on Saturday after the winter break, the higher education ministry said.

Women remain barred from attending classes, a policy that has drawn criticism from foreign governments.

The ministry did not say when or whether the ban would be reviewed.

Share on Facebook
Share on X
45 comments

Read more
Pakistan extends stay of Afghan refugees
12 March 2025
Floods kill 12 in northern Afghanistan
10 March 2025

About the author
Farid Ahmadi covers education and human rights in Afghanistan.
"""

#: a newsletter wrapped at about 78 columns: a masthead line with the issue date, bylines with
#: the story's date after a comma, stories separated by one blank line
BYLINE_DATED_NEWSLETTER = """\
AFGHANISTAN MONITOR | Weekly briefing | 21 April 2025

UN warns of funding gap for Afghan returnees
By Lina Sadat, 20 April 2025

The United Nations said on Sunday that its appeal for people returning from
Iran and Pakistan was less than a fifth funded, with more than 1.2 million
Afghans expected to cross the borders this year.

Officials at the Islam Qala crossing said buses now arrive every hour from
Mashhad. "We have nothing left there," said one man, who asked not to be
named. His family of seven spent two nights at the border.
Aid workers hand out food packs and SIM cards.

The World Health Organization said it had sent two mobile clinics to the
border and would add a third in May.

Kunduz farmers plant cotton as wheat prices drop
By Omar Hakimi, 19 April 2025

Farmers in Kunduz province are switching from wheat to cotton this spring
after the price of imported flour fell, local officials said. The province
Agriculture Department said cotton planting had doubled since last year.

Traders in Kunduz City said buyers from Uzbekistan had already placed orders
for the harvest.
"""

#: a Windows export, one paragraph per line, each story closed by a `Source:` footer that names
#: its date after a comma or in brackets; one story has its paragraphs blank-separated
FOOTED_EXPORT = """\
Afghan traders report losses after border closure
Traders at Torkham said on Monday that perishable goods worth millions of rupees had rotted during the closure.
The chamber of commerce asked both governments to keep the crossing open.
Source: Pajhwok Afghan News, 3 June 2025

Iran deports 3,000 Afghans in one day

Iranian police deported about 3,000 Afghans through the Islam Qala crossing on Sunday, officials in Herat said.

Most of them were young men without documents.
Source: TOLOnews (3 June 2025)

World Bank grant to support Afghan clinics
The World Bank said a new grant would keep 2,000 clinics open until the end of the year.
The money will be paid through UN agencies.
SOURCE: Reuters
""".replace("\n", "\r\n")

#: two copied pages in one file: breadcrumbs, `Published: ... | Updated: ...`, a photo caption,
#: social counts, a `Latest news` list of headlines with their dates on the same line
TWO_PAGES_WITH_COUNTS = """\
Home > News > Afghanistan

Afghan cricket team arrives in Sharjah for series

Published: 2 May 2025 | Updated: 3 May 2025

Written by Staff Reporter

Afghanistan's national cricket team arrived in Sharjah on Friday for a three-match series against Ireland, the cricket board said.

The first match will be played on Monday.

Players in training in Kabul last month. (Photo: ACB)

Captain Hashmatullah Shahidi said the squad was ready.

Like 320 | Share 48 | Comments 12

Latest news
Kabul mayor opens new bus route - 2 May 2025
Herat hosts book fair - 1 May 2025

Home > News > Region

Pakistan and Afghanistan hold talks on refugees

Published: 4 May 2025

Officials from Pakistan and Afghanistan met in Islamabad on Saturday to discuss the return of refugees.

Both sides agreed to meet again next month.
"""

#: a newsletter with a short name and its issue date, headlines above dateline leads, a quote
#: closing a paragraph, a price list of `label: figure` lines under a heading
NEWSLETTER_WITH_PRICES = """\
KABUL NOTES
Weekly, 2 June 2025

Helmand opium crop falls again, survey finds

LASHKAR GAH: Poppy cultivation in Helmand fell for a third year, according
to a survey released on Sunday by the United Nations Office on Drugs and
Crime.

Farmers said they had switched to wheat and cotton, but many complained
that incomes had fallen sharply.
"We earn a quarter of what we did," said Gul Mohammad.

The governor of Helmand
Province said eradication teams would continue their work.

Prices
Wheat flour: 2,150 afghanis per sack
Cooking oil: 1,300 afghanis per can

Pakistan reopens Chaman crossing after protests

QUETTA: Pakistan reopened the Chaman border crossing on Saturday after a
week of protests by traders who had blocked the road.
"""

#: a Markdown roundup: a dated title heading and a one-line intro above a rule, numbered story
#: headings, a block quote, italic `Source:` footers with dates, rules between stories
RULED_DIGEST = """\
# Afghanistan news roundup, 9 June 2025

Three stories from the past week.

---

### 1. UN says half of Afghans need aid in 2025

The UN humanitarian office said on Monday that 22.9 million people in Afghanistan will need assistance this year.

> "Needs remain enormous," the office said.

*Source: UNOCHA, 9 June 2025*

---

### 2. Kabul launches electric buses

Kabul municipality put the first ten electric buses into service on Sunday.

The buses will run between Sarai Shamali and Dar ul-Aman.

*Source: Bakhtar News Agency, 8 June 2025*

---

### 3. Drought warning for the north

The meteorology department warned of drought in Balkh, Jawzjan and Faryab after low spring rainfall.

*Source: Pajhwok, 7 June 2025*
"""

#: a newsletter wrapped at about 60 columns with no bylines or datelines: each headline stands
#: alone above a lead that retells it; a subheading the text under it does not retell
BARE_HEADLINE_NEWSLETTER = """\
Herat airport to get new terminal

Work on a new passenger terminal at Herat airport will begin
next month, the transport ministry said, with completion
expected in two years.

The terminal will handle up to one million passengers a
year.

Kandahar pomegranate exports rise

Exports of pomegranates from Kandahar rose by a third this
season as new cold stores opened near the city, traders said.

Most of the fruit went to India and the Gulf.

What traders want

They asked for cheaper air freight to Europe.
"""
