# ruff: noqa: E501 (a data table: one record a line)
"""Write countries.json: UN member and observer states with the names news text uses for them.

    .venv/bin/python relations/extraction/data/generate_countries.py

Codes and official names come from pycountry; short names, demonyms, capitals, seats of power and
institutions used as metonyms are listed here. An alias prefixed with "~" is *weak*: it also names
something else (a US state, a person, a bird) and only counts where the text does not point elsewhere.
The file is the seed of the database's country table, where editors maintain it afterwards.
"""

import json
from pathlib import Path

import pycountry

# Per state: preferred display name, then aliases (demonyms, capitals, seats of power, institutions).
ALIASES = """
AF Afghanistan | Afghan; Afghans; Kabul; Taliban government
AL Albania | Albanian; Albanians; Tirana
DZ Algeria | Algerian; Algerians; Algiers
AD Andorra | Andorran
AO Angola | Angolan; Angolans; Luanda
AG Antigua and Barbuda | Antiguan
AR Argentina | Argentine; Argentines; Argentinian; Argentinians; Buenos Aires; Casa Rosada
AM Armenia | Armenian; Armenians; Yerevan
AU Australia | Australian; Australians; Canberra
AT Austria | Austrian; Austrians; Vienna
AZ Azerbaijan | Azerbaijani; Azerbaijanis; Azeri; Azeris; Baku
BS Bahamas | Bahamian; Nassau
BH Bahrain | Bahraini; Bahrainis; Manama
BD Bangladesh | Bangladeshi; Bangladeshis; Dhaka
BB Barbados | Barbadian; Bridgetown
BY Belarus | Belarusian; Belarusians; Byelorussia; Minsk
BE Belgium | Belgian; Belgians
BZ Belize | Belizean
BJ Benin | Beninese; Porto-Novo; Cotonou
BT Bhutan | Bhutanese; Thimphu
BO Bolivia | Bolivian; Bolivians; La Paz
BA Bosnia and Herzegovina | Bosnia; Bosnian; Bosnians; Bosnia-Herzegovina; Sarajevo
BW Botswana | Botswanan; Gaborone
BR Brazil | Brazilian; Brazilians; Brasilia; Brasília; Planalto
BN Brunei | Brunei Darussalam; Bruneian
BG Bulgaria | Bulgarian; Bulgarians; ~Sofia
BF Burkina Faso | Burkinabe; Burkinabè; Ouagadougou
BI Burundi | Burundian; Bujumbura; Gitega
CV Cape Verde | Cabo Verde; Cape Verdean
KH Cambodia | Cambodian; Cambodians; Phnom Penh; Kampuchea; Kampuchean
CM Cameroon | Cameroonian; Cameroonians; Yaounde; Yaoundé
CA Canada | Canadian; Canadians; Ottawa
CF Central African Republic | CAR; Bangui
TD Chad | ~Chad; Chadian; Chadians; N'Djamena
CL Chile | Chilean; Chileans; ~Santiago
CN China | Chinese; Beijing; Peking; PRC; People's Republic of China; Zhongnanhai; Chinese Communist Party; People's Liberation Army; PLA; Sino
CO Colombia | Colombian; Colombians; Bogota; Bogotá
KM Comoros | Comoran; Comorian; Moroni
CG Republic of the Congo | Republic of Congo; Congo-Brazzaville; Congo Brazzaville; Brazzaville
CD Democratic Republic of the Congo | Democratic Republic of Congo; DR Congo; DRC; DRCongo; Congo-Kinshasa; Kinshasa; Zaire; Zairean; ~Congo; ~Congolese
CR Costa Rica | Costa Rican; San Jose
CI Ivory Coast | Cote d'Ivoire; Côte d'Ivoire; Ivorian; Ivorians; Abidjan; Yamoussoukro
HR Croatia | Croatian; Croatians; Croat; Croats; Zagreb
CU Cuba | Cuban; Cubans; Havana
CY Cyprus | Cypriot; Cypriots; Greek Cypriot; Nicosia
CZ Czech Republic | Czechia; Czech; Czechs; Prague; Czechoslovakia; Czechoslovak
DK Denmark | Danish; Danes; Copenhagen
DJ Djibouti | Djiboutian
DM Dominica | Roseau
DO Dominican Republic | Santo Domingo
EC Ecuador | Ecuadorian; Ecuadorean; Ecuadoreans; Quito
EG Egypt | Egyptian; Egyptians; Cairo
SV El Salvador | Salvadoran; Salvadorans; Salvadorean; San Salvador
GQ Equatorial Guinea | Equatoguinean; Malabo
ER Eritrea | Eritrean; Eritreans; Asmara
EE Estonia | Estonian; Estonians; Tallinn
SZ Eswatini | Swaziland; Swazi; Mbabane
ET Ethiopia | Ethiopian; Ethiopians; Addis Ababa
FJ Fiji | Fijian; Fijians; Suva
FI Finland | Finnish; Finns
FR France | French; Frenchman; Paris; Elysee; Élysée; Elysee Palace; Élysée Palace; Quai d'Orsay
GA Gabon | Gabonese; Libreville
GM Gambia | The Gambia; Gambian; Banjul
GE Georgia | ~Georgia; Georgian; Georgians; Tbilisi
DE Germany | German; Germans; Berlin; Bonn; West Germany; East Germany; Bundeswehr; Bundestag
GH Ghana | Ghanaian; Ghanaians; Accra
GR Greece | Greek; Greeks; Athens; Hellenic Republic
GD Grenada | Grenadian
GT Guatemala | Guatemalan; Guatemalans; Guatemala City
GN Guinea | Guinean; Guineans; Conakry; Guinea-Conakry
GW Guinea-Bissau | Bissau; Bissau-Guinean
GY Guyana | Guyanese; ~Georgetown
HT Haiti | Haitian; Haitians; Port-au-Prince
HN Honduras | Honduran; Hondurans; Tegucigalpa
HU Hungary | Hungarian; Hungarians; Budapest
IS Iceland | Icelandic; Icelanders; Reykjavik
IN India | Indian; Indians; New Delhi; Delhi; South Block
ID Indonesia | Indonesian; Indonesians; Jakarta
IR Iran | Iranian; Iranians; Tehran; Teheran; Persia; Islamic Republic; Revolutionary Guards; IRGC
IQ Iraq | Iraqi; Iraqis; Baghdad
IE Ireland | Irish; Dublin; Republic of Ireland
IL Israel | Israeli; Israelis; Jerusalem; Tel Aviv; Knesset; IDF; Israel Defense Forces; Mossad; Jewish state
IT Italy | Italian; Italians; Rome; Palazzo Chigi
JM Jamaica | Jamaican; Jamaicans; ~Kingston
JP Japan | Japanese; Tokyo
JO Jordan | ~Jordan; Jordanian; Jordanians; Amman
KZ Kazakhstan | Kazakh; Kazakhs; Kazakhstani; Astana; Nur-Sultan; Almaty
KE Kenya | Kenyan; Kenyans; Nairobi
KI Kiribati | I-Kiribati; Tarawa
KP North Korea | North Korean; North Koreans; Pyongyang; DPRK; Democratic People's Republic of Korea
KR South Korea | South Korean; South Koreans; Seoul; Republic of Korea; ROK; ~Korea; ~Korean
KW Kuwait | Kuwaiti; Kuwaitis; Kuwait City
KG Kyrgyzstan | Kyrgyz; Kirghizia; Bishkek
LA Laos | Lao; Laotian; Vientiane
LV Latvia | Latvian; Latvians; Riga
LB Lebanon | Lebanese; Beirut
LS Lesotho | Basotho; Maseru
LR Liberia | Liberian; Liberians; Monrovia
LY Libya | Libyan; Libyans; Tripoli
LI Liechtenstein | Vaduz
LT Lithuania | Lithuanian; Lithuanians; Vilnius
LU Luxembourg | Luxembourgish; Luxembourger
MG Madagascar | Malagasy; Antananarivo
MW Malawi | Malawian; Lilongwe
MY Malaysia | Malaysian; Malaysians; Kuala Lumpur; Putrajaya
MV Maldives | Maldivian
ML Mali | Malian; Malians; Bamako
MT Malta | Maltese; Valletta
MH Marshall Islands | Marshallese; Majuro
MR Mauritania | Mauritanian; Nouakchott
MU Mauritius | Mauritian; Port Louis
MX Mexico | Mexican; Mexicans; Mexico City
FM Micronesia | Micronesian; Palikir
MD Moldova | Moldovan; Moldovans; Chisinau; Chișinău
MC Monaco | Monegasque
MN Mongolia | Mongolian; Mongolians; Ulaanbaatar; Ulan Bator
ME Montenegro | Montenegrin; Podgorica
MA Morocco | Moroccan; Moroccans; Rabat
MZ Mozambique | Mozambican; Mozambicans; Maputo
MM Myanmar | Burma; Burmese; Myanmarese; Naypyidaw; Naypyitaw; Yangon; Rangoon; Tatmadaw
NA Namibia | Namibian; Windhoek
NR Nauru | Nauruan
NP Nepal | Nepalese; Nepali; Kathmandu
NL Netherlands | Dutch; Holland; The Hague; Amsterdam
NZ New Zealand | New Zealander; New Zealanders; Wellington
NI Nicaragua | Nicaraguan; Nicaraguans; Managua
NE Niger | Nigerien; Nigeriens; Niamey
NG Nigeria | Nigerian; Nigerians; Abuja; Lagos
MK North Macedonia | Macedonia; Macedonian; Macedonians; Skopje
NO Norway | Norwegian; Norwegians; Oslo
OM Oman | Omani; Omanis; Muscat
PK Pakistan | Pakistani; Pakistanis; Islamabad; Rawalpindi
PW Palau | Palauan
PA Panama | Panamanian; Panamanians; Panama City
PG Papua New Guinea | PNG; Port Moresby
PY Paraguay | Paraguayan; Asuncion; Asunción
PE Peru | Peruvian; Peruvians; Lima
PH Philippines | Philippine; Filipino; Filipinos; Manila; Malacanang; Malacañang
PL Poland | Polish; Poles; Warsaw
PT Portugal | Portuguese; Lisbon
QA Qatar | Qatari; Qataris; Doha
RO Romania | Romanian; Romanians; Bucharest
RU Russia | Russian; Russians; Russian Federation; Moscow; Kremlin; Soviet Union; USSR; Soviet; Soviets
RW Rwanda | Rwandan; Rwandans; Kigali
KN Saint Kitts and Nevis | Kittitian
LC Saint Lucia | Saint Lucian; St Lucia
VC Saint Vincent and the Grenadines | Vincentian
WS Samoa | Samoan; Apia
SM San Marino | Sammarinese
ST Sao Tome and Principe | São Tomé and Príncipe; Santomean
SA Saudi Arabia | Saudi; Saudis; Riyadh; Saudi Arabian; Jeddah
SN Senegal | Senegalese; Dakar
RS Serbia | Serbian; Serbians; Serb; Serbs; Belgrade; Yugoslavia; Yugoslav
SC Seychelles | Seychellois; Port Victoria
SL Sierra Leone | Sierra Leonean; Freetown
SG Singapore | Singaporean; Singaporeans
SK Slovakia | Slovak; Slovaks; Bratislava
SI Slovenia | Slovenian; Slovene; Slovenes; Ljubljana
SB Solomon Islands | Solomon Islander; Honiara
SO Somalia | Somali; Somalis; Mogadishu
ZA South Africa | South African; South Africans; Pretoria; Johannesburg
SS South Sudan | South Sudanese; Juba
ES Spain | Spanish; Spaniards; Madrid; Moncloa
LK Sri Lanka | Sri Lankan; Sri Lankans; Colombo; Ceylon
SD Sudan | Sudanese; Khartoum
SR Suriname | Surinamese; Paramaribo
SE Sweden | Swedish; Swedes; Stockholm
CH Switzerland | Swiss; Bern
SY Syria | Syrian; Syrians; Damascus; Syrian Arab Republic
TJ Tajikistan | Tajik; Tajiks; Dushanbe
TZ Tanzania | Tanzanian; Tanzanians; Dodoma; Dar es Salaam
TH Thailand | Thai; Thais; Bangkok
TL Timor-Leste | East Timor; East Timorese; Dili
TG Togo | Togolese; Lome; Lomé
TO Tonga | Tongan; Nuku'alofa
TT Trinidad and Tobago | Trinidadian; Port of Spain
TN Tunisia | Tunisian; Tunisians; Tunis
TR Turkey | ~Turkey; Türkiye; Turkiye; Turkish; Turks; Ankara
TM Turkmenistan | Turkmen; Ashgabat
TV Tuvalu | Tuvaluan
UG Uganda | Ugandan; Ugandans; Kampala
UA Ukraine | Ukrainian; Ukrainians; Kyiv; Kiev
AE United Arab Emirates | UAE; Emirati; Emiratis; Abu Dhabi; Emirates
GB United Kingdom | UK; U.K.; Britain; Great Britain; British; Briton; Britons; London; Downing Street; Whitehall; Westminster; England
US United States | United States of America; U.S.; US; USA; U.S.A.; America; American; Americans; Washington; White House; Pentagon; State Department; Capitol Hill
UY Uruguay | Uruguayan; Montevideo
UZ Uzbekistan | Uzbek; Uzbeks; Tashkent
VU Vanuatu | Ni-Vanuatu; Port Vila
VE Venezuela | Venezuelan; Venezuelans; Caracas
VN Vietnam | Viet Nam; Vietnamese; Hanoi
YE Yemen | Yemeni; Yemenis; Sanaa; Sana'a; Aden
ZM Zambia | Zambian; Zambians; Lusaka
ZW Zimbabwe | Zimbabwean; Zimbabweans; Harare
VA Holy See | Vatican; Vatican City; Holy See
PS Palestine | Palestinian; Palestinians; State of Palestine; Palestinian Authority; Ramallah; Gaza; West Bank; Hamas; PLO
TW Taiwan | Taiwanese; Taipei; Republic of China
"""


def official_names(code: str) -> list[str]:
    """The ISO names of the state, without the inverted 'Congo, The ...' forms."""
    country = pycountry.countries.get(alpha_2=code)
    names = [getattr(country, attr, None) for attr in ("name", "common_name", "official_name")]
    return [name for name in names if name and "," not in name]


def build() -> dict:
    states = {}
    for line in ALIASES.strip().splitlines():
        head, _, rest = line.partition("|")
        code, name = head.strip().split(" ", 1)
        listed = [alias.strip() for alias in rest.split(";") if alias.strip()]
        weak = [alias[1:] for alias in listed if alias.startswith("~")]
        names = [name.strip(), *official_names(code), *(a for a in listed if not a.startswith("~"))]
        aliases = [alias for alias in dict.fromkeys(names) if alias not in weak]
        states[code] = {"name": name.strip(), "aliases": aliases, "weak_aliases": weak}
    return states


def main() -> None:
    path = Path(__file__).with_name("countries.json")
    states = build()
    path.write_text(json.dumps(states, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    print(f"{len(states)} states written to {path}")


if __name__ == "__main__":
    main()
