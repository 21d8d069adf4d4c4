# ruff: noqa: E501 (a data table: one record a line)
"""Write people.json (office holders with their terms) and blocs.json (groupings that are no state).

    .venv/bin/python relations/extraction/data/generate_people.py

A person stands for a state only during a term, so "Netanyahu" is Israel's prime minister in 2019
but nobody's in 2022-01. One line per person: ``Name | aliases | terms``; aliases are comma
separated, and the surname is added unless the alias list starts with "!" (names whose last word is
no surname, e.g. "Xi Jinping"). A term is ``CC office start..end`` (end empty while in office).
The files seed the database's tables, where editors maintain them afterwards.
"""

import json
from pathlib import Path

PEOPLE = """
Vladimir Putin | Vladimir Vladimirovich Putin | RU prime minister 1999-08-09..1999-12-30; RU president 1999-12-31..2008-05-07; RU prime minister 2008-05-08..2012-05-07; RU president 2012-05-07..
Dmitry Medvedev | Dmitri Medvedev | RU president 2008-05-07..2012-05-07; RU prime minister 2012-05-08..2020-01-15
Mikhail Mishustin | | RU prime minister 2020-01-16..
Boris Yeltsin | | RU president 1991-07-10..1999-12-31
Mikhail Gorbachev | | RU president 1985-03-11..1991-12-25
Yevgeny Primakov | | RU foreign minister 1996-01-09..1998-09-11; RU prime minister 1998-09-11..1999-05-12
Igor Ivanov | | RU foreign minister 1998-09-11..2004-03-09
Sergey Lavrov | Sergei Lavrov | RU foreign minister 2004-03-09..
Sergei Ivanov | Sergey Ivanov | RU defence minister 2001-03-28..2007-02-15
Anatoly Serdyukov | | RU defence minister 2007-02-15..2012-11-06
Sergei Shoigu | Sergey Shoigu | RU defence minister 2012-11-06..2024-05-12; RU security council secretary 2024-05-12..
Andrei Belousov | Andrey Belousov | RU defence minister 2024-05-14..
Nikolai Patrushev | Nikolay Patrushev | RU security council secretary 2008-05-12..2024-05-14
Valery Gerasimov | | RU chief of general staff 2012-11-09..
Dmitry Peskov | | RU spokesman 2012-05-22..
Maria Zakharova | | RU spokeswoman 2015-08-10..
Yuri Ushakov | | RU aide 2012-05-21..
Benjamin Netanyahu | Bibi, Binyamin Netanyahu | IL prime minister 1996-06-18..1999-07-06; IL prime minister 2009-03-31..2021-06-13; IL prime minister 2022-12-29..
Naftali Bennett | | IL defence minister 2019-11-12..2020-05-17; IL prime minister 2021-06-13..2022-06-30
Yair Lapid | | IL foreign minister 2021-06-13..2022-12-29; IL prime minister 2022-07-01..2022-12-29
Ehud Olmert | | IL prime minister 2006-01-04..2009-03-31
Ariel Sharon | | IL prime minister 2001-03-07..2006-04-14
Ehud Barak | | IL prime minister 1999-07-06..2001-03-07; IL defence minister 2007-06-18..2013-03-18
Avigdor Lieberman | Avigdor Liberman, Liberman | IL foreign minister 2009-03-31..2012-12-18; IL foreign minister 2013-11-11..2015-05-14; IL defence minister 2016-05-30..2018-11-14
Moshe Ya'alon | Moshe Yaalon, Yaalon | IL defence minister 2013-03-18..2016-05-20
Benny Gantz | | IL defence minister 2020-05-17..2022-12-29
Yoav Gallant | | IL defence minister 2022-12-29..2024-11-05
Israel Katz | ! Israel Katz | IL foreign minister 2019-02-17..2020-05-17; IL foreign minister 2024-01-01..2024-11-05; IL defence minister 2024-11-05..
Gideon Sa'ar | Gideon Saar, Saar | IL foreign minister 2024-11-05..
Eli Cohen | ! Eli Cohen | IL foreign minister 2023-01-01..2024-01-01
Gabi Ashkenazi | | IL foreign minister 2020-05-17..2021-06-13
Tzipi Livni | | IL foreign minister 2006-05-04..2009-03-31
Silvan Shalom | | IL foreign minister 2003-02-28..2006-01-16
Shaul Mofaz | | IL defence minister 2002-11-04..2006-05-04
Amir Peretz | | IL defence minister 2006-05-04..2007-06-18
Moshe Katsav | | IL president 2000-08-01..2007-07-01
Shimon Peres | | IL president 2007-07-15..2014-07-24
Reuven Rivlin | Ruvi Rivlin | IL president 2014-07-24..2021-07-07
Isaac Herzog | Yitzhak Herzog | IL president 2021-07-07..
Yitzhak Rabin | | IL prime minister 1992-07-13..1995-11-04
Yitzhak Shamir | | IL prime minister 1986-10-20..1992-07-13
Bill Clinton | | US president 1993-01-20..2001-01-20
George H. W. Bush | ! George H. W. Bush, George H.W. Bush, Bush | US president 1989-01-20..1993-01-20
George W. Bush | ! George W. Bush, Bush | US president 2001-01-20..2009-01-20
Barack Obama | | US president 2009-01-20..2017-01-20
Donald Trump | Donald J. Trump | US president 2017-01-20..2021-01-20; US president 2025-01-20..
Joe Biden | Joseph Biden | US vice president 2009-01-20..2017-01-20; US president 2021-01-20..2025-01-20
Ronald Reagan | | US president 1981-01-20..1989-01-20
Dick Cheney | | US defence secretary 1989-03-21..1993-01-20; US vice president 2001-01-20..2009-01-20
Mike Pence | | US vice president 2017-01-20..2021-01-20
Kamala Harris | | US vice president 2021-01-20..2025-01-20
JD Vance | J.D. Vance | US vice president 2025-01-20..
James Baker | | US secretary of state 1989-01-25..1992-08-23
Warren Christopher | | US secretary of state 1993-01-20..1997-01-17
Madeleine Albright | | US secretary of state 1997-01-23..2001-01-20
Colin Powell | | US secretary of state 2001-01-20..2005-01-26
Condoleezza Rice | | US national security adviser 2001-01-20..2005-01-26; US secretary of state 2005-01-26..2009-01-21
Hillary Clinton | Hillary Rodham Clinton | US secretary of state 2009-01-21..2013-02-01
John Kerry | | US secretary of state 2013-02-01..2017-01-20
Rex Tillerson | | US secretary of state 2017-02-01..2018-03-31
Mike Pompeo | | US secretary of state 2018-04-26..2021-01-20
Antony Blinken | Tony Blinken | US secretary of state 2021-01-26..2025-01-20
Marco Rubio | | US secretary of state 2025-01-21..
Donald Rumsfeld | | US defence secretary 2001-01-20..2006-12-18
Robert Gates | | US defence secretary 2006-12-18..2011-06-30
Leon Panetta | | US defence secretary 2011-07-01..2013-02-26
Chuck Hagel | | US defence secretary 2013-02-27..2015-02-17
Ash Carter | Ashton Carter | US defence secretary 2015-02-17..2017-01-20
Jim Mattis | James Mattis | US defence secretary 2017-01-20..2019-01-01
Mark Esper | | US defence secretary 2019-07-23..2020-11-09
Lloyd Austin | | US defence secretary 2021-01-22..2025-01-20
Pete Hegseth | | US defence secretary 2025-01-25..
John Bolton | | US national security adviser 2018-04-09..2019-09-10
Jake Sullivan | | US national security adviser 2021-01-20..2025-01-20
Steve Witkoff | | US special envoy 2025-01-20..
Margaret Thatcher | | GB prime minister 1979-05-04..1990-11-28
John Major | | GB prime minister 1990-11-28..1997-05-02
Tony Blair | | GB prime minister 1997-05-02..2007-06-27
Gordon Brown | | GB prime minister 2007-06-27..2010-05-11
David Cameron | | GB prime minister 2010-05-11..2016-07-13; GB foreign secretary 2023-11-13..2024-07-05
Theresa May | ! Theresa May | GB prime minister 2016-07-13..2019-07-24
Boris Johnson | | GB foreign secretary 2016-07-13..2018-07-09; GB prime minister 2019-07-24..2022-09-06
Liz Truss | | GB foreign secretary 2021-09-15..2022-09-06; GB prime minister 2022-09-06..2022-10-25
Rishi Sunak | | GB prime minister 2022-10-25..2024-07-05
Keir Starmer | | GB prime minister 2024-07-05..
Douglas Hurd | | GB foreign secretary 1989-10-26..1995-07-05
Tom King | ! Tom King | GB defence secretary 1989-07-24..1992-04-10
Robin Cook | | GB foreign secretary 1997-05-02..2001-06-08
Jack Straw | | GB foreign secretary 2001-06-08..2006-05-05
Margaret Beckett | | GB foreign secretary 2006-05-05..2007-06-28
David Miliband | | GB foreign secretary 2007-06-28..2010-05-11
William Hague | | GB foreign secretary 2010-05-12..2014-07-14
Philip Hammond | | GB foreign secretary 2014-07-15..2016-07-13
Jeremy Hunt | | GB foreign secretary 2018-07-09..2019-07-24
Dominic Raab | | GB foreign secretary 2019-07-24..2021-09-15
James Cleverly | | GB foreign secretary 2022-09-06..2023-11-13
David Lammy | | GB foreign secretary 2024-07-05..2025-09-05
Yvette Cooper | | GB foreign secretary 2025-09-05..
Michael Fallon | | GB defence secretary 2014-07-15..2017-11-01
Gavin Williamson | | GB defence secretary 2017-11-02..2019-05-01
Ben Wallace | | GB defence secretary 2019-07-24..2023-08-31
Grant Shapps | | GB defence secretary 2023-08-31..2024-07-05
John Healey | | GB defence secretary 2024-07-05..
Queen Elizabeth II | ! Queen Elizabeth II, Queen Elizabeth, Elizabeth II | GB queen 1952-02-06..2022-09-08
King Charles III | ! King Charles III, King Charles, Charles III | GB king 2022-09-08..
Francois Mitterrand | François Mitterrand | FR president 1981-05-21..1995-05-17
Jacques Chirac | | FR president 1995-05-17..2007-05-16
Nicolas Sarkozy | | FR president 2007-05-16..2012-05-15
Francois Hollande | François Hollande | FR president 2012-05-15..2017-05-14
Emmanuel Macron | | FR president 2017-05-14..
Dominique de Villepin | ! Dominique de Villepin, de Villepin, Villepin | FR foreign minister 2002-05-07..2004-03-31
Bernard Kouchner | | FR foreign minister 2007-05-18..2010-11-13
Alain Juppe | Alain Juppé, Juppé | FR foreign minister 2011-02-27..2012-05-15
Laurent Fabius | | FR foreign minister 2012-05-16..2016-02-11
Jean-Marc Ayrault | | FR foreign minister 2016-02-11..2017-05-17
Jean-Yves Le Drian | ! Jean-Yves Le Drian, Le Drian | FR defence minister 2012-05-16..2017-05-17; FR foreign minister 2017-05-17..2022-05-20
Catherine Colonna | | FR foreign minister 2022-05-20..2024-01-11
Stephane Sejourne | Stéphane Séjourné, Séjourné | FR foreign minister 2024-01-11..2024-09-21
Jean-Noel Barrot | Jean-Noël Barrot | FR foreign minister 2024-09-21..
Florence Parly | | FR defence minister 2017-06-21..2022-05-20
Sebastien Lecornu | Sébastien Lecornu | FR defence minister 2022-05-20..2025-09-09; FR prime minister 2025-09-09..
Edouard Philippe | Édouard Philippe | FR prime minister 2017-05-15..2020-07-03
Jean Castex | | FR prime minister 2020-07-03..2022-05-16
Elisabeth Borne | Élisabeth Borne | FR prime minister 2022-05-16..2024-01-09
Gabriel Attal | | FR prime minister 2024-01-09..2024-09-05
Michel Barnier | | FR prime minister 2024-09-05..2024-12-13
Francois Bayrou | François Bayrou | FR prime minister 2024-12-13..2025-09-09
Helmut Kohl | | DE chancellor 1982-10-01..1998-10-27
Gerhard Schroeder | Gerhard Schröder, Schröder | DE chancellor 1998-10-27..2005-11-22
Angela Merkel | | DE chancellor 2005-11-22..2021-12-08
Olaf Scholz | | DE chancellor 2021-12-08..2025-05-06
Friedrich Merz | | DE chancellor 2025-05-06..
Hans-Dietrich Genscher | | DE foreign minister 1974-05-17..1992-05-17
Joschka Fischer | | DE foreign minister 1998-10-27..2005-11-22
Frank-Walter Steinmeier | | DE foreign minister 2005-11-22..2009-10-28; DE foreign minister 2013-12-17..2017-01-27; DE president 2017-03-19..
Guido Westerwelle | | DE foreign minister 2009-10-28..2013-12-17
Sigmar Gabriel | | DE foreign minister 2017-01-27..2018-03-14
Heiko Maas | | DE foreign minister 2018-03-14..2021-12-08
Annalena Baerbock | | DE foreign minister 2021-12-08..2025-05-06
Johann Wadephul | | DE foreign minister 2025-05-06..
Ursula von der Leyen | ! Ursula von der Leyen, von der Leyen | DE defence minister 2013-12-17..2019-07-17
Annegret Kramp-Karrenbauer | | DE defence minister 2019-07-17..2021-12-08
Christine Lambrecht | | DE defence minister 2021-12-08..2023-01-19
Boris Pistorius | | DE defence minister 2023-01-19..
Deng Xiaoping | ! Deng Xiaoping, Deng | CN paramount leader 1978-12-22..1989-11-09
Li Peng | ! Li Peng | CN premier 1987-11-24..1998-03-17
Qian Qichen | ! Qian Qichen, Qian | CN foreign minister 1988-04-09..1998-03-18
Jiang Zemin | ! Jiang Zemin, Jiang | CN president 1993-03-27..2003-03-15
Hu Jintao | ! Hu Jintao | CN president 2003-03-15..2013-03-14
Xi Jinping | ! Xi Jinping, Xi, Xi Jin Ping | CN president 2012-11-15..
Zhu Rongji | ! Zhu Rongji | CN premier 1998-03-17..2003-03-16
Wen Jiabao | ! Wen Jiabao | CN premier 2003-03-16..2013-03-15
Li Keqiang | ! Li Keqiang | CN premier 2013-03-15..2023-03-11
Li Qiang | ! Li Qiang | CN premier 2023-03-11..
Tang Jiaxuan | ! Tang Jiaxuan | CN foreign minister 1998-03-18..2003-03-17
Li Zhaoxing | ! Li Zhaoxing | CN foreign minister 2003-03-17..2007-04-27
Yang Jiechi | ! Yang Jiechi | CN foreign minister 2007-04-27..2013-03-16; CN foreign affairs chief 2013-03-16..2022-10-23
Wang Yi | ! Wang Yi | CN foreign minister 2013-03-16..2022-12-30; CN foreign minister 2023-07-25..
Qin Gang | ! Qin Gang | CN foreign minister 2022-12-30..2023-07-25
Liang Guanglie | ! Liang Guanglie | CN defence minister 2008-03-17..2013-03-16
Chang Wanquan | ! Chang Wanquan | CN defence minister 2013-03-16..2018-03-19
Wei Fenghe | ! Wei Fenghe | CN defence minister 2018-03-19..2023-03-12
Li Shangfu | ! Li Shangfu | CN defence minister 2023-03-12..2023-10-24
Dong Jun | ! Dong Jun | CN defence minister 2023-12-29..
Hua Chunying | ! Hua Chunying | CN spokeswoman 2012-09-01..
Zhao Lijian | ! Zhao Lijian | CN spokesman 2019-08-23..2023-01-09
Wang Wenbin | ! Wang Wenbin | CN spokesman 2020-07-01..2024-06-30
Mao Ning | ! Mao Ning | CN spokeswoman 2022-09-01..
Lin Jian | ! Lin Jian | CN spokesman 2024-01-01..
Atal Bihari Vajpayee | Vajpayee | IN prime minister 1998-03-19..2004-05-22
Manmohan Singh | ! Manmohan Singh | IN prime minister 2004-05-22..2014-05-26
Narendra Modi | | IN prime minister 2014-05-26..
Jaswant Singh | ! Jaswant Singh | IN foreign minister 1998-12-05..2002-07-01
Yashwant Sinha | | IN foreign minister 2002-07-01..2004-05-22
Pranab Mukherjee | | IN foreign minister 2006-10-24..2009-05-22; IN president 2012-07-25..2017-07-25
S. M. Krishna | ! S. M. Krishna, S.M. Krishna | IN foreign minister 2009-05-22..2012-10-28
Salman Khurshid | | IN foreign minister 2012-10-28..2014-05-26
Sushma Swaraj | | IN foreign minister 2014-05-26..2019-05-30
Subrahmanyam Jaishankar | S. Jaishankar, S Jaishankar | IN foreign minister 2019-05-30..
A. K. Antony | ! A. K. Antony, A.K. Antony | IN defence minister 2006-10-24..2014-05-26
Manohar Parrikar | | IN defence minister 2014-11-09..2017-03-13
Arun Jaitley | | IN defence minister 2014-05-26..2014-11-09; IN defence minister 2017-03-13..2017-09-03
Nirmala Sitharaman | | IN defence minister 2017-09-03..2019-05-30
Rajnath Singh | ! Rajnath Singh | IN defence minister 2019-05-31..
Ajit Doval | | IN national security adviser 2014-05-30..
Ram Nath Kovind | | IN president 2017-07-25..2022-07-25
Droupadi Murmu | | IN president 2022-07-25..
Pervez Musharraf | | PK president 1999-10-12..2008-08-18
Nawaz Sharif | ! Nawaz Sharif | PK prime minister 1990-11-06..1993-07-18; PK prime minister 1997-02-17..1999-10-12; PK prime minister 2013-06-05..2017-07-28
Shehbaz Sharif | ! Shehbaz Sharif, Shahbaz Sharif | PK prime minister 2022-04-11..2023-08-14; PK prime minister 2024-03-04..
Imran Khan | ! Imran Khan | PK prime minister 2018-08-18..2022-04-10
Benazir Bhutto | ! Benazir Bhutto | PK prime minister 1988-12-02..1990-08-06; PK prime minister 1993-10-19..1996-11-05
Yousaf Raza Gilani | Gilani | PK prime minister 2008-03-25..2012-06-19
Asif Ali Zardari | Zardari | PK president 2008-09-09..2013-09-09; PK president 2024-03-10..
Arif Alvi | | PK president 2018-09-09..2024-03-10
Shah Mahmood Qureshi | | PK foreign minister 2008-03-31..2011-02-11; PK foreign minister 2018-08-20..2022-04-10
Hina Rabbani Khar | | PK foreign minister 2011-07-19..2013-03-16
Sartaj Aziz | ! Sartaj Aziz | PK foreign affairs adviser 2013-06-07..2017-07-28
Khawaja Asif | ! Khawaja Asif | PK foreign minister 2017-08-04..2018-06-01; PK defence minister 2022-04-19..
Bilawal Bhutto Zardari | ! Bilawal Bhutto Zardari, Bilawal Bhutto, Bilawal | PK foreign minister 2022-04-27..2023-08-10
Ishaq Dar | | PK foreign minister 2024-03-11..
Qamar Javed Bajwa | | PK army chief 2016-11-29..2022-11-29
Asim Munir | | PK army chief 2022-11-29..
Raheel Sharif | ! Raheel Sharif | PK army chief 2013-11-29..2016-11-29
Recep Tayyip Erdogan | Recep Tayyip Erdoğan, Erdoğan, Tayyip Erdogan | TR prime minister 2003-03-14..2014-08-28; TR president 2014-08-28..
Abdullah Gul | Abdullah Gül, Gül | TR prime minister 2002-11-18..2003-03-14; TR foreign minister 2003-03-14..2007-08-28; TR president 2007-08-28..2014-08-28
Ahmet Davutoglu | Ahmet Davutoğlu, Davutoğlu | TR foreign minister 2009-05-01..2014-08-29; TR prime minister 2014-08-28..2016-05-24
Binali Yildirim | Binali Yıldırım, Yıldırım | TR prime minister 2016-05-24..2018-07-09
Mevlut Cavusoglu | Mevlüt Çavuşoğlu, Çavuşoğlu | TR foreign minister 2014-08-29..2023-06-04
Hakan Fidan | | TR intelligence chief 2010-05-27..2023-06-04; TR foreign minister 2023-06-04..
Hulusi Akar | | TR defence minister 2018-07-10..2023-06-04
Yasar Guler | Yaşar Güler | TR defence minister 2023-06-04..
Costas Simitis | Kostas Simitis | GR prime minister 1996-01-22..2004-03-10
Kostas Karamanlis | Costas Karamanlis | GR prime minister 2004-03-10..2009-10-06
George Papandreou | | GR prime minister 2009-10-06..2011-11-11
Antonis Samaras | | GR prime minister 2012-06-20..2015-01-26
Alexis Tsipras | | GR prime minister 2015-01-26..2019-07-08
Kyriakos Mitsotakis | | GR prime minister 2019-07-08..
Nikos Kotzias | | GR foreign minister 2015-01-27..2018-10-17
Nikos Dendias | | GR foreign minister 2019-07-09..2023-06-26; GR defence minister 2023-06-27..
George Gerapetritis | Giorgos Gerapetritis | GR foreign minister 2023-06-27..
Prokopis Pavlopoulos | | GR president 2015-03-13..2020-03-13
Katerina Sakellaropoulou | | GR president 2020-03-13..2025-03-13
Yoshiro Mori | | JP prime minister 2000-04-05..2001-04-26
Junichiro Koizumi | | JP prime minister 2001-04-26..2006-09-26
Shinzo Abe | | JP prime minister 2006-09-26..2007-09-26; JP prime minister 2012-12-26..2020-09-16
Yasuo Fukuda | | JP prime minister 2007-09-26..2008-09-24
Taro Aso | | JP prime minister 2008-09-24..2009-09-16
Yukio Hatoyama | | JP prime minister 2009-09-16..2010-06-08
Naoto Kan | ! Naoto Kan | JP prime minister 2010-06-08..2011-09-02
Yoshihiko Noda | | JP prime minister 2011-09-02..2012-12-26
Yoshihide Suga | | JP prime minister 2020-09-16..2021-10-04
Fumio Kishida | | JP foreign minister 2012-12-26..2017-08-03; JP prime minister 2021-10-04..2024-10-01
Shigeru Ishiba | | JP prime minister 2024-10-01..2025-10-21
Sanae Takaichi | | JP prime minister 2025-10-21..
Taro Kono | | JP foreign minister 2017-08-03..2019-09-11; JP defence minister 2019-09-11..2020-09-16
Toshimitsu Motegi | | JP foreign minister 2019-09-11..2021-11-04; JP foreign minister 2025-10-21..
Yoshimasa Hayashi | | JP foreign minister 2021-11-10..2023-09-13
Yoko Kamikawa | | JP foreign minister 2023-09-13..2024-10-01
Takeshi Iwaya | | JP foreign minister 2024-10-01..2025-10-21
Emperor Akihito | ! Emperor Akihito, Akihito | JP emperor 1989-01-07..2019-04-30
Emperor Naruhito | ! Emperor Naruhito, Naruhito | JP emperor 2019-05-01..
Kim Dae-jung | ! Kim Dae-jung, Kim Dae Jung | KR president 1998-02-25..2003-02-24
Roh Moo-hyun | ! Roh Moo-hyun, Roh Moo Hyun, Roh | KR president 2003-02-25..2008-02-24
Lee Myung-bak | ! Lee Myung-bak, Lee Myung Bak | KR president 2008-02-25..2013-02-24
Park Geun-hye | ! Park Geun-hye, Park Geun Hye | KR president 2013-02-25..2017-03-10
Moon Jae-in | ! Moon Jae-in, Moon Jae In, President Moon | KR president 2017-05-10..2022-05-09
Yoon Suk Yeol | ! Yoon Suk Yeol, Yoon Suk-yeol, Yoon | KR president 2022-05-10..2025-04-04
Lee Jae-myung | ! Lee Jae-myung, Lee Jae Myung | KR president 2025-06-04..
Kang Kyung-wha | ! Kang Kyung-wha | KR foreign minister 2017-06-18..2021-02-08
Chung Eui-yong | ! Chung Eui-yong | KR foreign minister 2021-02-09..2022-05-10
Park Jin | ! Park Jin | KR foreign minister 2022-05-12..2024-01-10
Cho Tae-yul | ! Cho Tae-yul | KR foreign minister 2024-01-11..2025-07-01
Kim Il-sung | ! Kim Il-sung, Kim Il Sung | KP leader 1948-09-09..1994-07-08
Kim Jong-il | ! Kim Jong-il, Kim Jong Il | KP leader 1994-07-08..2011-12-17
Kim Jong-un | ! Kim Jong-un, Kim Jong Un, Kim | KP leader 2011-12-17..
Ri Yong-ho | ! Ri Yong-ho, Ri Yong Ho | KP foreign minister 2016-05-01..2020-01-18
Choe Son-hui | ! Choe Son-hui, Choe Son Hui | KP foreign minister 2022-06-11..
Ruhollah Khomeini | Ayatollah Khomeini | IR supreme leader 1979-02-11..1989-06-03
Ali Khamenei | Ayatollah Khamenei, Ayatollah Ali Khamenei | IR supreme leader 1989-06-04..
Akbar Hashemi Rafsanjani | Rafsanjani | IR president 1989-08-03..1997-08-03
Mohammad Khatami | | IR president 1997-08-03..2005-08-03
Mahmoud Ahmadinejad | | IR president 2005-08-03..2013-08-03
Hassan Rouhani | Hassan Rohani, Rohani | IR president 2013-08-03..2021-08-03
Ebrahim Raisi | | IR president 2021-08-03..2024-05-19
Masoud Pezeshkian | | IR president 2024-07-28..
Kamal Kharrazi | | IR foreign minister 1997-08-20..2005-08-24
Manouchehr Mottaki | | IR foreign minister 2005-08-24..2010-12-13
Ali Akbar Salehi | | IR foreign minister 2011-01-30..2013-08-15
Mohammad Javad Zarif | Javad Zarif | IR foreign minister 2013-08-15..2021-08-25
Hossein Amir-Abdollahian | Amirabdollahian | IR foreign minister 2021-08-25..2024-05-19
Abbas Araghchi | Araqchi | IR foreign minister 2024-08-21..
Qasem Soleimani | Qassem Soleimani, Soleimani | IR quds force commander 1998-01-01..2020-01-03
Hafez al-Assad | ! Hafez al-Assad, Hafez Assad | SY president 1971-03-14..2000-06-10
Bashar al-Assad | Bashar Assad, Assad, al-Assad | SY president 2000-07-17..2024-12-08
Ahmed al-Sharaa | al-Sharaa, Sharaa, Abu Mohammed al-Jolani, al-Jolani, Jolani | SY president 2024-12-08..
Walid Muallem | Walid al-Muallem, al-Muallem | SY foreign minister 2006-02-11..2020-11-16
Faisal Mekdad | Faisal al-Mekdad | SY foreign minister 2020-11-22..2024-12-08
Asaad al-Shaibani | al-Shaibani, Shaibani | SY foreign minister 2024-12-21..
King Fahd | ! King Fahd, Fahd | SA king 1982-06-13..2005-08-01
King Abdullah bin Abdulaziz | ! King Abdullah bin Abdulaziz, Abdullah bin Abdulaziz, King Abdullah | SA king 2005-08-01..2015-01-23
King Salman | ! King Salman, Salman bin Abdulaziz | SA king 2015-01-23..
Mohammed bin Salman | MBS, Prince Mohammed bin Salman, Crown Prince Mohammed | SA defence minister 2015-01-23..2022-09-27; SA crown prince 2017-06-21..; SA prime minister 2022-09-27..
Saud al-Faisal | ! Saud al-Faisal, Prince Saud al-Faisal | SA foreign minister 1975-10-13..2015-04-29
Adel al-Jubeir | al-Jubeir, Jubeir | SA foreign minister 2015-04-29..2018-12-27
Faisal bin Farhan | ! Faisal bin Farhan, Prince Faisal bin Farhan | SA foreign minister 2019-10-23..
Hosni Mubarak | | EG president 1981-10-14..2011-02-11
Mohamed Morsi | Mohammed Morsi, Morsy | EG president 2012-06-30..2013-07-03
Abdel Fattah el-Sisi | Abdel Fattah al-Sisi, el-Sisi, al-Sisi, Sisi | EG president 2014-06-08..
Amr Moussa | | EG foreign minister 1991-05-20..2001-05-15
Ahmed Aboul Gheit | ! Ahmed Aboul Gheit, Aboul Gheit | EG foreign minister 2004-07-14..2011-03-06
Sameh Shoukry | | EG foreign minister 2014-06-17..2024-07-03
Badr Abdelatty | | EG foreign minister 2024-07-03..
King Hussein | ! King Hussein | JO king 1952-08-11..1999-02-07
King Abdullah II | ! King Abdullah II, Abdullah II, King Abdullah | JO king 1999-02-07..
Ayman Safadi | | JO foreign minister 2017-01-15..
Khalifa bin Zayed | ! Khalifa bin Zayed, Sheikh Khalifa | AE president 2004-11-03..2022-05-13
Mohamed bin Zayed | ! Mohamed bin Zayed, Mohammed bin Zayed, MBZ, Sheikh Mohamed bin Zayed | AE crown prince 2004-11-03..2022-05-14; AE president 2022-05-14..
Abdullah bin Zayed | ! Abdullah bin Zayed, Sheikh Abdullah bin Zayed | AE foreign minister 2006-02-09..
Mohammed bin Rashid | ! Mohammed bin Rashid, Sheikh Mohammed bin Rashid | AE prime minister 2006-01-05..
Hamad bin Khalifa Al Thani | ! Hamad bin Khalifa Al Thani, Sheikh Hamad bin Khalifa | QA emir 1995-06-27..2013-06-25
Tamim bin Hamad Al Thani | ! Tamim bin Hamad Al Thani, Sheikh Tamim, Emir Tamim, Tamim bin Hamad | QA emir 2013-06-25..
Mohammed bin Abdulrahman Al Thani | ! Mohammed bin Abdulrahman Al Thani, Sheikh Mohammed bin Abdulrahman | QA foreign minister 2016-01-27..
Sultan Qaboos | ! Sultan Qaboos, Qaboos | OM sultan 1970-07-23..2020-01-10
Haitham bin Tariq | ! Haitham bin Tariq, Sultan Haitham | OM sultan 2020-01-11..
Hamad bin Isa Al Khalifa | ! Hamad bin Isa Al Khalifa, King Hamad | BH king 1999-03-06..
Sabah Al-Ahmad Al-Jaber Al-Sabah | ! Sheikh Sabah, Sabah Al-Ahmad | KW emir 2006-01-29..2020-09-29
Saddam Hussein | ! Saddam Hussein, Saddam | IQ president 1979-07-16..2003-04-09
Tariq Aziz | ! Tariq Aziz | IQ foreign minister 1983-03-01..1991-03-23; IQ deputy prime minister 1991-03-23..2003-04-09
Nouri al-Maliki | al-Maliki, Maliki, Nuri al-Maliki | IQ prime minister 2006-05-20..2014-09-08
Haider al-Abadi | al-Abadi, Abadi | IQ prime minister 2014-09-08..2018-10-25
Adil Abdul-Mahdi | Abdul-Mahdi | IQ prime minister 2018-10-25..2020-05-07
Mustafa al-Kadhimi | al-Kadhimi, Kadhimi | IQ prime minister 2020-05-07..2022-10-27
Mohammed Shia al-Sudani | al-Sudani, Sudani | IQ prime minister 2022-10-27..
Fuad Hussein | ! Fuad Hussein | IQ foreign minister 2020-06-06..
Rafic Hariri | ! Rafic Hariri, Rafik Hariri | LB prime minister 2000-10-23..2004-10-21
Saad Hariri | ! Saad Hariri, Hariri | LB prime minister 2009-11-09..2011-06-13; LB prime minister 2016-12-18..2020-01-21
Michel Aoun | ! Michel Aoun | LB president 2016-10-31..2022-10-30
Joseph Aoun | ! Joseph Aoun | LB president 2025-01-09..
Najib Mikati | | LB prime minister 2011-06-13..2014-02-15; LB prime minister 2021-09-10..2025-02-08
Nawaf Salam | | LB prime minister 2025-02-08..
Yasser Arafat | | PS president 1994-07-05..2004-11-11
Mahmoud Abbas | Abu Mazen | PS president 2005-01-15..
Riyad al-Maliki | ! Riyad al-Maliki, Riad Malki | PS foreign minister 2007-05-17..2024-03-31
Muammar Gaddafi | Gaddafi, Qaddafi, Kadhafi, Gadhafi, Qadhafi, Muammar Qaddafi, Moammar Gadhafi | LY leader 1969-09-01..2011-10-20
Ali Abdullah Saleh | ! Ali Abdullah Saleh | YE president 1990-05-22..2012-02-27
Hamid Karzai | | AF president 2001-12-22..2014-09-29
Ashraf Ghani | | AF president 2014-09-29..2021-08-15
Kais Saied | | TN president 2019-10-23..
Abdelaziz Bouteflika | | DZ president 1999-04-27..2019-04-02
Abdelmadjid Tebboune | | DZ president 2019-12-19..
King Mohammed VI | ! King Mohammed VI, Mohammed VI | MA king 1999-07-23..
Jean Chretien | Jean Chrétien, Chrétien | CA prime minister 1993-11-04..2003-12-12
Paul Martin | ! Paul Martin | CA prime minister 2003-12-12..2006-02-06
Stephen Harper | | CA prime minister 2006-02-06..2015-11-04
Justin Trudeau | | CA prime minister 2015-11-04..2025-03-14
Mark Carney | | CA prime minister 2025-03-14..
Chrystia Freeland | | CA foreign minister 2017-01-10..2019-11-20
Melanie Joly | Mélanie Joly | CA foreign minister 2021-10-26..2025-05-13
Anita Anand | | CA defence minister 2021-10-26..2023-07-26; CA foreign minister 2025-05-13..
Silvio Berlusconi | | IT prime minister 2001-06-11..2006-05-17; IT prime minister 2008-05-08..2011-11-16
Romano Prodi | | IT prime minister 2006-05-17..2008-05-08
Mario Monti | | IT prime minister 2011-11-16..2013-04-28
Matteo Renzi | | IT prime minister 2014-02-22..2016-12-12
Paolo Gentiloni | | IT prime minister 2016-12-12..2018-06-01
Giuseppe Conte | | IT prime minister 2018-06-01..2021-02-13
Mario Draghi | | IT prime minister 2021-02-13..2022-10-22
Giorgia Meloni | | IT prime minister 2022-10-22..
Luigi Di Maio | ! Luigi Di Maio, Di Maio | IT foreign minister 2019-09-05..2022-10-22
Antonio Tajani | | IT foreign minister 2022-10-22..
Sergio Mattarella | | IT president 2015-02-03..
John Howard | ! John Howard | AU prime minister 1996-03-11..2007-12-03
Kevin Rudd | | AU prime minister 2007-12-03..2010-06-24; AU prime minister 2013-06-27..2013-09-18
Julia Gillard | | AU prime minister 2010-06-24..2013-06-27
Tony Abbott | | AU prime minister 2013-09-18..2015-09-15
Malcolm Turnbull | | AU prime minister 2015-09-15..2018-08-24
Scott Morrison | | AU prime minister 2018-08-24..2022-05-23
Anthony Albanese | | AU prime minister 2022-05-23..
Julie Bishop | | AU foreign minister 2013-09-18..2018-08-26
Marise Payne | | AU foreign minister 2018-08-26..2022-05-23
Penny Wong | ! Penny Wong | AU foreign minister 2022-05-23..
Richard Marles | | AU defence minister 2022-06-01..
Fernando Henrique Cardoso | ! Fernando Henrique Cardoso, Cardoso | BR president 1995-01-01..2003-01-01
Luiz Inacio Lula da Silva | ! Luiz Inácio Lula da Silva, Luiz Inacio Lula da Silva, Lula da Silva, Lula | BR president 2003-01-01..2011-01-01; BR president 2023-01-01..
Dilma Rousseff | | BR president 2011-01-01..2016-08-31
Michel Temer | | BR president 2016-08-31..2019-01-01
Jair Bolsonaro | | BR president 2019-01-01..2023-01-01
Celso Amorim | | BR foreign minister 2003-01-01..2011-01-01
Mauro Vieira | | BR foreign minister 2023-01-01..
Nestor Kirchner | Néstor Kirchner | AR president 2003-05-25..2007-12-10
Cristina Fernandez de Kirchner | ! Cristina Fernández de Kirchner, Cristina Kirchner, Kirchner | AR president 2007-12-10..2015-12-10
Mauricio Macri | | AR president 2015-12-10..2019-12-10
Alberto Fernandez | ! Alberto Fernández, Alberto Fernandez | AR president 2019-12-10..2023-12-10
Javier Milei | | AR president 2023-12-10..
Vicente Fox | | MX president 2000-12-01..2006-11-30
Felipe Calderon | Felipe Calderón, Calderón | MX president 2006-12-01..2012-11-30
Enrique Pena Nieto | ! Enrique Peña Nieto, Peña Nieto, Pena Nieto | MX president 2012-12-01..2018-11-30
Andres Manuel Lopez Obrador | ! Andrés Manuel López Obrador, López Obrador, Lopez Obrador, AMLO | MX president 2018-12-01..2024-09-30
Claudia Sheinbaum | | MX president 2024-10-01..
Marcelo Ebrard | | MX foreign minister 2018-12-01..2023-06-12
Suharto | | ID president 1967-03-12..1998-05-21
Megawati Sukarnoputri | Megawati | ID president 2001-07-23..2004-10-20
Susilo Bambang Yudhoyono | Yudhoyono, SBY | ID president 2004-10-20..2014-10-20
Joko Widodo | Jokowi | ID president 2014-10-20..2024-10-20
Prabowo Subianto | Prabowo | ID defence minister 2019-10-23..2024-10-20; ID president 2024-10-20..
Retno Marsudi | | ID foreign minister 2014-10-27..2024-10-20
Nelson Mandela | | ZA president 1994-05-10..1999-06-14
Thabo Mbeki | | ZA president 1999-06-14..2008-09-24
Jacob Zuma | | ZA president 2009-05-09..2018-02-14
Cyril Ramaphosa | | ZA president 2018-02-15..
Naledi Pandor | | ZA foreign minister 2019-05-30..2024-06-30
Leonid Kuchma | | UA president 1994-07-19..2005-01-23
Viktor Yushchenko | | UA president 2005-01-23..2010-02-25
Viktor Yanukovych | | UA president 2010-02-25..2014-02-22
Petro Poroshenko | | UA president 2014-06-07..2019-05-20
Volodymyr Zelensky | Volodymyr Zelenskyy, Volodymyr Zelenskiy, Zelenskyy, Zelenskiy | UA president 2019-05-20..
Dmytro Kuleba | | UA foreign minister 2020-03-04..2024-09-04
Andrii Sybiha | Andriy Sybiha | UA foreign minister 2024-09-05..
Oleksii Reznikov | Oleksiy Reznikov | UA defence minister 2021-11-04..2023-09-05
Rustem Umerov | | UA defence minister 2023-09-06..2025-07-17
Denys Shmyhal | | UA prime minister 2020-03-04..2025-07-17; UA defence minister 2025-07-17..
Yulia Svyrydenko | | UA prime minister 2025-07-17..
Alexander Lukashenko | Aleksandr Lukashenko, Alyaksandr Lukashenka, Lukashenka | BY president 1994-07-20..
Nursultan Nazarbayev | | KZ president 1990-04-24..2019-03-20
Kassym-Jomart Tokayev | | KZ president 2019-03-20..
Heydar Aliyev | ! Heydar Aliyev, Aliyev | AZ president 1993-06-24..2003-10-31
Ilham Aliyev | ! Ilham Aliyev, Aliyev | AZ president 2003-10-31..
Nikol Pashinyan | | AM prime minister 2018-05-08..
Serzh Sargsyan | Serzh Sarkisian | AM president 2008-04-09..2018-04-09
Eduard Shevardnadze | | RU foreign minister 1985-07-02..1990-12-20; GE president 1995-11-26..2003-11-23
Mikheil Saakashvili | | GE president 2004-01-25..2013-11-17
Hugo Chavez | Hugo Chávez, Chávez | VE president 1999-02-02..2013-03-05
Nicolas Maduro | Nicolás Maduro | VE president 2013-04-19..
Fidel Castro | ! Fidel Castro, Castro | CU leader 1959-02-16..2008-02-24
Raul Castro | ! Raúl Castro, Raul Castro, Castro | CU president 2008-02-24..2018-04-19
Miguel Diaz-Canel | Miguel Díaz-Canel, Díaz-Canel | CU president 2018-04-19..
Slobodan Milosevic | Slobodan Milošević, Milošević | RS president 1989-05-08..2000-10-07
Aleksandar Vucic | Aleksandar Vučić, Vučić | RS prime minister 2014-04-27..2017-05-31; RS president 2017-05-31..
Viktor Orban | Viktor Orbán, Orbán | HU prime minister 1998-07-06..2002-05-27; HU prime minister 2010-05-29..
Andrzej Duda | | PL president 2015-08-06..2025-08-06
Karol Nawrocki | | PL president 2025-08-06..
Donald Tusk | | PL prime minister 2007-11-16..2014-09-22; PL prime minister 2023-12-13..
Mateusz Morawiecki | | PL prime minister 2017-12-11..2023-12-13
Radoslaw Sikorski | Radosław Sikorski | PL foreign minister 2007-11-16..2014-09-22; PL foreign minister 2023-12-13..
Jose Maria Aznar | José María Aznar | ES prime minister 1996-05-05..2004-04-17
Jose Luis Rodriguez Zapatero | José Luis Rodríguez Zapatero | ES prime minister 2004-04-17..2011-12-21
Mariano Rajoy | | ES prime minister 2011-12-21..2018-06-01
Pedro Sanchez | Pedro Sánchez | ES prime minister 2018-06-02..
Mark Rutte | | NL prime minister 2010-10-14..2024-07-02
Dick Schoof | | NL prime minister 2024-07-02..
Rodrigo Duterte | | PH president 2016-06-30..2022-06-30
Ferdinand Marcos Jr. | ! Ferdinand Marcos Jr., Bongbong Marcos, Marcos | PH president 2022-06-30..
Aung San Suu Kyi | ! Aung San Suu Kyi, Suu Kyi | MM state counsellor 2016-04-06..2021-02-01
Min Aung Hlaing | ! Min Aung Hlaing | MM junta leader 2021-02-01..
Nguyen Phu Trong | Nguyễn Phú Trọng | VN party leader 2011-01-19..2024-07-19
Hun Sen | ! Hun Sen | KH prime minister 1985-01-14..2023-08-22
Prayut Chan-o-cha | ! Prayut Chan-o-cha, Prayuth Chan-ocha, Prayut | TH prime minister 2014-08-24..2023-08-22
Lee Hsien Loong | ! Lee Hsien Loong | SG prime minister 2004-08-12..2024-05-15
Mahathir Mohamad | Mahathir | MY prime minister 1981-07-16..2003-10-31; MY prime minister 2018-05-10..2020-03-01
Anwar Ibrahim | ! Anwar Ibrahim, Anwar | MY prime minister 2022-11-24..
Sheikh Hasina | ! Sheikh Hasina, Hasina | BD prime minister 2009-01-06..2024-08-05
Muhammadu Buhari | | NG president 2015-05-29..2023-05-29
Bola Tinubu | | NG president 2023-05-29..
Abiy Ahmed | ! Abiy Ahmed, Abiy | ET prime minister 2018-04-02..
Uhuru Kenyatta | | KE president 2013-04-09..2022-09-13
William Ruto | | KE president 2022-09-13..
Robert Mugabe | | ZW president 1987-12-31..2017-11-21
Emmerson Mnangagwa | | ZW president 2017-11-24..
Omar al-Bashir | al-Bashir, Bashir | SD president 1989-06-30..2019-04-11
Paul Kagame | | RW president 2000-04-22..
Joseph Kabila | | CD president 2001-01-26..2019-01-24
Felix Tshisekedi | Félix Tshisekedi | CD president 2019-01-24..
Yoweri Museveni | | UG president 1986-01-29..
Shavkat Mirziyoyev | | UZ president 2016-09-08..
Islam Karimov | | UZ president 1990-03-24..2016-09-02
Emomali Rahmon | | TJ president 1994-11-16..
Ismail Haniyeh | | PS prime minister 2006-03-29..2007-06-14
Mario Soares | Mário Soares, Soares | PT president 1986-03-09..1996-03-09
Helmut Schmidt | | DE chancellor 1974-05-16..1982-10-01
"""

BLOCS = """
EU | European Union, EU, E.U., European Commission, European Council, Brussels, European Community, EC, EEC, European Parliament
NATO | North Atlantic Treaty Organization, NATO, Nato, Atlantic alliance, North Atlantic Alliance
EAEU | Eurasian Economic Union, EAEU, EEU
UN | United Nations, UN, U.N., Security Council, UN Security Council, U.N. Security Council, General Assembly, UN General Assembly, UNSC, UNGA
ASEAN | Association of Southeast Asian Nations, ASEAN
AU | African Union, AU
Arab League | Arab League, League of Arab States
OPEC | OPEC, Organization of the Petroleum Exporting Countries, OPEC+
G7 | G7, G-7, Group of Seven
G8 | G8, G-8, Group of Eight
G20 | G20, G-20, Group of 20, Group of Twenty
SCO | Shanghai Cooperation Organisation, Shanghai Cooperation Organization, SCO
BRICS | BRICS
GCC | Gulf Cooperation Council, GCC
OSCE | Organization for Security and Co-operation in Europe, Organization for Security and Cooperation in Europe, OSCE
CIS | Commonwealth of Independent States, CIS
CSTO | Collective Security Treaty Organization, CSTO
IAEA | International Atomic Energy Agency, IAEA
IMF | International Monetary Fund, IMF
World Bank | World Bank
WTO | World Trade Organization, WTO
WHO | World Health Organization
OAS | Organization of American States, OAS
ECOWAS | Economic Community of West African States, ECOWAS
OIC | Organisation of Islamic Cooperation, Organization of Islamic Cooperation, OIC
Mercosur | Mercosur
Quad | Quad, Quadrilateral Security Dialogue
AUKUS | AUKUS
Warsaw Pact | Warsaw Pact
ICC | International Criminal Court, ICC
ICJ | International Court of Justice, ICJ
Commonwealth | Commonwealth of Nations
Interpol | Interpol
"""

# Phrases that contain a state's name but name a place, a thing or a group that is no state.
NOT_STATES = """Indian Ocean; South China Sea; East China Sea; Sea of Japan; Gulf of Mexico; Gulf of Oman;
Korean Peninsula; Korean peninsula; Latin America; South America; North America; Central America;
Latin American; South American; North American; Central American; Americas; New Mexico; New Jersey;
Georgia Tech; Jordan River; Washington Post; Washington Times; New York; Times of India; Times of Israel;
Jerusalem Post; China Daily; Moscow Times; Tehran Times; Arab Republic; West Indies; Native American;
Native Americans; African American; African Americans; Asian American; Indian Americans; Indian American;
Jewish American; Arab American; Turkish Cypriot; Turkish Cypriots; Turkish Republic of Northern Cyprus;
Northern Cyprus; Iraqi Kurdistan; Hong Kong; Macau; Puerto Rico; Greenland; Guam; French Guiana;
Great Patriotic War; Korean War; Gulf War; Syrian Kurds; Syrian Kurdish; Syrian Democratic Forces;
Syrian opposition; Syrian rebels; Free Syrian Army; Syrian Observatory for Human Rights;
Afghan Taliban; Pakistani Taliban; Islamic State; English Channel; Washington state; Washington State;
Chinese New Year; Russian Orthodox Church; Irish Sea; French Polynesia; New Caledonia;
British Columbia; British Virgin Islands; US Virgin Islands; Dutch Caribbean; Persian Gulf; Arabian Sea"""


def _terms(text: str) -> list[dict]:
    terms = []
    for part in text.split(";"):
        head, _, span = part.strip().rpartition(" ")
        country, office = head.split(" ", 1)
        start, end = span.split("..")
        terms.append({"country": country, "office": office, "start": start, "end": end or None})
    return terms


def _aliases(name: str, text: str) -> list[str]:
    text = text.strip()
    explicit = text.startswith("!")
    aliases = [a.strip() for a in text.lstrip("!").split(",") if a.strip()]
    if not explicit:
        aliases.append(name.split()[-1])
    return [a for a in dict.fromkeys(aliases) if a != name]


def people() -> list[dict]:
    result = []
    for line in PEOPLE.strip().splitlines():
        name, aliases, terms = (part.strip() for part in line.split("|"))
        result.append({"name": name, "aliases": _aliases(name, aliases), "terms": _terms(terms)})
    return result


def blocs() -> dict:
    groups = []
    for line in BLOCS.strip().splitlines():
        name, aliases = (part.strip() for part in line.split("|"))
        groups.append({"name": name, "aliases": [a.strip() for a in aliases.split(",")]})
    not_states = [p.strip() for p in NOT_STATES.replace("\n", " ").split(";") if p.strip()]
    return {"blocs": groups, "not_states": not_states}


def main() -> None:
    folder = Path(__file__).parent
    for filename, data in (("people.json", people()), ("blocs.json", blocs())):
        (folder / filename).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        print(f"{filename}: {len(data)} records")


if __name__ == "__main__":
    main()
