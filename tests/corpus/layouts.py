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
