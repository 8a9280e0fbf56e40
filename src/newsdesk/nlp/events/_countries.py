"""Country codes (ISO 3166 alpha-3) from country names, nationality words and capitals.

A gazetteer rather than a word list, so it has its own module: one line per country,
``CODE | names | nationality words | capital``, alternatives separated by ``;``. Public
general knowledge; capitals are there because news names governments by them ("Washington
said", "talks in Pyongyang").
"""

from __future__ import annotations

_TABLE = """
AFG | Afghanistan | Afghan; Afghans | Kabul
ALB | Albania | Albanian; Albanians | Tirana
DZA | Algeria | Algerian; Algerians | Algiers
AGO | Angola | Angolan; Angolans | Luanda
ARG | Argentina | Argentine; Argentinian; Argentines; Argentinians | Buenos Aires
ARM | Armenia | Armenian; Armenians | Yerevan
AUS | Australia | Australian; Australians | Canberra
AUT | Austria | Austrian; Austrians | Vienna
AZE | Azerbaijan | Azerbaijani; Azeri; Azerbaijanis; Azeris | Baku
BHR | Bahrain | Bahraini; Bahrainis | Manama
BGD | Bangladesh | Bangladeshi; Bangladeshis | Dhaka
BLR | Belarus | Belarusian; Belarusians | Minsk
BEL | Belgium | Belgian; Belgians | Brussels
BEN | Benin | Beninese |
BTN | Bhutan | Bhutanese | Thimphu
BOL | Bolivia | Bolivian; Bolivians | La Paz
BIH | Bosnia; Bosnia and Herzegovina | Bosnian; Bosnians | Sarajevo
BWA | Botswana | Botswanan | Gaborone
BRA | Brazil | Brazilian; Brazilians | Brasilia
BRN | Brunei | Bruneian |
BGR | Bulgaria | Bulgarian; Bulgarians | Sofia
BFA | Burkina Faso | Burkinabe | Ouagadougou
BDI | Burundi | Burundian; Burundians | Bujumbura; Gitega
KHM | Cambodia | Cambodian; Cambodians | Phnom Penh
CMR | Cameroon | Cameroonian; Cameroonians | Yaounde
CAN | Canada | Canadian; Canadians | Ottawa
CAF | Central African Republic | Central African | Bangui
TCD | Chad | Chadian; Chadians | N'Djamena
CHL | Chile | Chilean; Chileans | Santiago
CHN | China; People's Republic of China; PRC | Chinese | Beijing
COL | Colombia | Colombian; Colombians | Bogota
COD | Democratic Republic of Congo; Democratic Republic of the Congo; DR Congo; DRC | Congolese | Kinshasa
COG | Republic of Congo; Congo; Congo-Brazzaville | | Brazzaville
CRI | Costa Rica | Costa Rican; Costa Ricans | San Jose
CIV | Ivory Coast; Cote d'Ivoire | Ivorian; Ivorians | Abidjan; Yamoussoukro
HRV | Croatia | Croatian; Croat; Croatians; Croats | Zagreb
CUB | Cuba | Cuban; Cubans | Havana
CYP | Cyprus | Cypriot; Cypriots | Nicosia
CZE | Czech Republic; Czechia | Czech; Czechs | Prague
DNK | Denmark | Danish; Danes | Copenhagen
DJI | Djibouti | Djiboutian |
DOM | Dominican Republic | Dominican; Dominicans | Santo Domingo
ECU | Ecuador | Ecuadorian; Ecuadorean; Ecuadorians | Quito
EGY | Egypt | Egyptian; Egyptians | Cairo
SLV | El Salvador | Salvadoran; Salvadorans | San Salvador
ERI | Eritrea | Eritrean; Eritreans | Asmara
EST | Estonia | Estonian; Estonians | Tallinn
ETH | Ethiopia | Ethiopian; Ethiopians | Addis Ababa
FIN | Finland | Finnish; Finns | Helsinki
FRA | France | French; Frenchman; Frenchmen | Paris
GAB | Gabon | Gabonese | Libreville
GMB | Gambia; The Gambia | Gambian; Gambians | Banjul
GEO | Georgia | Georgian; Georgians | Tbilisi
DEU | Germany | German; Germans | Berlin
GHA | Ghana | Ghanaian; Ghanaians | Accra
GRC | Greece | Greek; Greeks | Athens
GTM | Guatemala | Guatemalan; Guatemalans | Guatemala City
GIN | Guinea | Guinean; Guineans | Conakry
GNB | Guinea-Bissau | Bissau-Guinean | Bissau
GUY | Guyana | Guyanese | Georgetown
HTI | Haiti | Haitian; Haitians | Port-au-Prince
HND | Honduras | Honduran; Hondurans | Tegucigalpa
HUN | Hungary | Hungarian; Hungarians | Budapest
ISL | Iceland | Icelandic; Icelanders | Reykjavik
IND | India | Indian; Indians | New Delhi; Delhi
IDN | Indonesia | Indonesian; Indonesians | Jakarta
IRN | Iran | Iranian; Iranians | Tehran
IRQ | Iraq | Iraqi; Iraqis | Baghdad
IRL | Ireland | Irish | Dublin
ISR | Israel | Israeli; Israelis | Jerusalem; Tel Aviv
ITA | Italy | Italian; Italians | Rome
JAM | Jamaica | Jamaican; Jamaicans | Kingston
JPN | Japan | Japanese | Tokyo
JOR | Jordan | Jordanian; Jordanians | Amman
KAZ | Kazakhstan | Kazakh; Kazakhstani; Kazakhs | Astana; Nur-Sultan
KEN | Kenya | Kenyan; Kenyans | Nairobi
PRK | North Korea; Democratic People's Republic of Korea; DPRK | North Korean; North Koreans | Pyongyang
KOR | South Korea; Republic of Korea; ROK | South Korean; South Koreans | Seoul
XKX | Kosovo | Kosovar; Kosovan; Kosovars | Pristina
KWT | Kuwait | Kuwaiti; Kuwaitis | Kuwait City
KGZ | Kyrgyzstan | Kyrgyz | Bishkek
LAO | Laos | Laotian; Lao | Vientiane
LVA | Latvia | Latvian; Latvians | Riga
LBN | Lebanon | Lebanese | Beirut
LSO | Lesotho | Basotho | Maseru
LBR | Liberia | Liberian; Liberians | Monrovia
LBY | Libya | Libyan; Libyans | Tripoli
LTU | Lithuania | Lithuanian; Lithuanians | Vilnius
LUX | Luxembourg | Luxembourgish |
MDG | Madagascar | Malagasy | Antananarivo
MWI | Malawi | Malawian; Malawians | Lilongwe
MYS | Malaysia | Malaysian; Malaysians | Kuala Lumpur
MDV | Maldives | Maldivian | Male
MLI | Mali | Malian; Malians | Bamako
MLT | Malta | Maltese | Valletta
MRT | Mauritania | Mauritanian; Mauritanians | Nouakchott
MUS | Mauritius | Mauritian |
MEX | Mexico | Mexican; Mexicans | Mexico City
MDA | Moldova | Moldovan; Moldovans | Chisinau
MNG | Mongolia | Mongolian; Mongolians | Ulaanbaatar
MNE | Montenegro | Montenegrin | Podgorica
MAR | Morocco | Moroccan; Moroccans | Rabat
MOZ | Mozambique | Mozambican; Mozambicans | Maputo
MMR | Myanmar; Burma | Myanmar; Burmese | Naypyitaw; Naypyidaw; Yangon
NAM | Namibia | Namibian; Namibians | Windhoek
NPL | Nepal | Nepali; Nepalese | Kathmandu
NLD | Netherlands; Holland | Dutch | Amsterdam; The Hague
NZL | New Zealand | New Zealander; New Zealanders | Wellington
NIC | Nicaragua | Nicaraguan; Nicaraguans | Managua
NER | Niger | Nigerien; Nigeriens | Niamey
NGA | Nigeria | Nigerian; Nigerians | Abuja
MKD | North Macedonia; Macedonia | Macedonian; Macedonians | Skopje
NOR | Norway | Norwegian; Norwegians | Oslo
OMN | Oman | Omani; Omanis | Muscat
PAK | Pakistan | Pakistani; Pakistanis | Islamabad
PSE | Palestine; Palestinian territories; West Bank; Gaza; Gaza Strip | Palestinian; Palestinians | Ramallah
PAN | Panama | Panamanian; Panamanians | Panama City
PNG | Papua New Guinea | Papua New Guinean | Port Moresby
PRY | Paraguay | Paraguayan; Paraguayans | Asuncion
PER | Peru | Peruvian; Peruvians | Lima
PHL | Philippines | Philippine; Filipino; Filipinos | Manila
POL | Poland | Polish; Poles | Warsaw
PRT | Portugal | Portuguese | Lisbon
QAT | Qatar | Qatari; Qataris | Doha
ROU | Romania | Romanian; Romanians | Bucharest
RUS | Russia; Russian Federation | Russian; Russians | Moscow; Kremlin
RWA | Rwanda | Rwandan; Rwandans | Kigali
SAU | Saudi Arabia | Saudi; Saudis | Riyadh
SEN | Senegal | Senegalese | Dakar
SRB | Serbia | Serbian; Serb; Serbians; Serbs | Belgrade
SLE | Sierra Leone | Sierra Leonean; Sierra Leoneans | Freetown
SGP | Singapore | Singaporean; Singaporeans |
SVK | Slovakia | Slovak; Slovaks | Bratislava
SVN | Slovenia | Slovenian; Slovene; Slovenians | Ljubljana
SOM | Somalia | Somali; Somalis | Mogadishu
ZAF | South Africa | South African; South Africans | Pretoria; Cape Town
SSD | South Sudan | South Sudanese | Juba
ESP | Spain | Spanish; Spaniards | Madrid
LKA | Sri Lanka | Sri Lankan; Sri Lankans | Colombo
SDN | Sudan | Sudanese | Khartoum
SWE | Sweden | Swedish; Swedes | Stockholm
CHE | Switzerland | Swiss | Bern; Geneva
SYR | Syria | Syrian; Syrians | Damascus
TWN | Taiwan | Taiwanese | Taipei
TJK | Tajikistan | Tajik; Tajiks | Dushanbe
TZA | Tanzania | Tanzanian; Tanzanians | Dodoma; Dar es Salaam
THA | Thailand | Thai | Bangkok
TLS | East Timor; Timor-Leste | Timorese | Dili
TGO | Togo | Togolese | Lome
TUN | Tunisia | Tunisian; Tunisians | Tunis
TUR | Turkey; Turkiye | Turkish; Turks | Ankara
TKM | Turkmenistan | Turkmen | Ashgabat
UGA | Uganda | Ugandan; Ugandans | Kampala
UKR | Ukraine | Ukrainian; Ukrainians | Kyiv; Kiev
ARE | United Arab Emirates; UAE; Emirates | Emirati; Emiratis | Abu Dhabi; Dubai
GBR | United Kingdom; UK; U.K.; Britain; Great Britain; England; Scotland; Wales | British; Britons | London
USA | United States; United States of America; US; U.S.; USA; America | American; Americans | Washington
URY | Uruguay | Uruguayan; Uruguayans | Montevideo
UZB | Uzbekistan | Uzbek; Uzbeks | Tashkent
VEN | Venezuela | Venezuelan; Venezuelans | Caracas
VNM | Vietnam; Viet Nam | Vietnamese | Hanoi
YEM | Yemen | Yemeni; Yemenis | Sanaa
ZMB | Zambia | Zambian; Zambians | Lusaka
ZWE | Zimbabwe | Zimbabwean; Zimbabweans | Harare
VAT | Vatican; Holy See | | Vatican City
IGO | United Nations; UN; U.N.; European Union; EU; NATO; African Union; AU; Arab League | |
IGO | ASEAN; OPEC; IMF; International Monetary Fund; World Bank; World Health Organization | |
IGO | IAEA; Security Council; UN Security Council; OSCE; ECOWAS; International Criminal Court | |
IGO | ICC; Red Cross; ICRC | |
"""


def _load() -> tuple[dict[str, str], dict[str, str], dict[str, str], set[str]]:
    names: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    acronyms: dict[str, str] = {}  # case-sensitive: "US" is a country, "us" a pronoun
    capitals: set[str] = set()
    for line in _TABLE.strip().splitlines():
        code, country, nationality, capital = (part.strip() for part in line.split("|"))
        for n in filter(None, (x.strip() for x in country.split(";"))):
            if n.replace(".", "").isupper():
                acronyms[n] = code
            else:
                names[n.lower()] = code
        for a in filter(None, (x.strip() for x in nationality.split(";"))):
            if a.replace(".", "").isupper():
                acronyms[a] = code
            else:
                adjectives[a.lower()] = code
        for c in filter(None, (x.strip() for x in capital.split(";"))):
            names.setdefault(c.lower(), code)
            capitals.add(c.lower())
    return names, adjectives, acronyms, capitals


_NAMES, _ADJECTIVES, _ACRONYMS, _CAPITALS = _load()


def _key(text: str) -> str:
    key = " ".join(text.replace("’", "'").split())
    return key[4:] if key.lower().startswith("the ") else key


def country_code(text: str | None) -> str | None:
    """ISO alpha-3 (or IGO) for a country name, nationality word or capital; ``None`` if unknown.
    Acronyms match case-sensitively ("US", not "us")."""
    if not text:
        return None
    key = _key(text)
    return _ACRONYMS.get(key) or _NAMES.get(key.lower()) or _ADJECTIVES.get(key.lower())


def is_country_name(text: str) -> bool:
    """A country's own name (not a city, an organisation or a nationality word)."""
    key = _key(text)
    code = _ACRONYMS.get(key) or (_NAMES.get(key.lower()) if key.lower() not in _CAPITALS else None)
    return code is not None and code != "IGO"


def nationality_code(word: str) -> str | None:
    """ISO alpha-3 of a nationality word ("North Korean" → PRK)."""
    key = _key(word)
    return _ACRONYMS.get(key) or _ADJECTIVES.get(key.lower())
