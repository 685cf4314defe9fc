# Patrol to the Elbe: the flagship story of elbe-adventure.
#
# Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). See Stories/README.md.
#
# History: every fact comes from the vetted fact sheet elbe-facts.md, Revision 3 (facts F01 to F42).
# Fact ids are the sheet's slugs; "source" lines are the sheet's "Cite in game" lines (markdown
# removed), "confidence" lines its Confidence lines; "summary" is shown on unlock (at most 40 words).
# Where the sheet notes that sources disagree, the fact text says so.
#
# Invented people (the record is silent about them): Sergeant Lou Brennan, Captain Ferris, the
# driver Ortiz, Frau Pietsch and her daughter Lotte, the man in the striped jacket, Marcel, Olena,
# the British corporal, the duty officer, the reporter Whitcomb, the guide and the flower seller
# in the last scene, and the player's own character, a radioman called Sparks.
# Real people (Kotzebue, Kowalski, Polowsky, Gordeyev, Goloborodko, Karpovich, Craig,
# Belousovitch, Robertson and his crew, Titov, Silvashko, Andreyev, Jackson, Ustinov) say and
# do only small things that fit what the sheet records; their words are reconstruction, and the
# introduction, Part Two's opening and the credits say so.
#
# How one player sees both patrols: Part One follows the invented radioman with Kotzebue's
# patrol (its size and the roster of the boat party are not known, so one more man contradicts
# nothing). Robertson's patrol was exactly four named men, so the radioman cannot truthfully join
# it. Part Two is therefore an open change of viewpoint, announced in the text: the story steps
# back to the morning of 25 April and the player plays Robertson himself, doing only what the
# record says he did (wrong tries are refused with a message). Part Three returns to the
# radioman, who is at Torgau on 26 April among the many soldiers who came for the official
# meeting. The epilogue is set today.
#
# For school classes: nobody has to drink anything. At Kreinitz the toast is made by raising the
# mug; drinking a sip is an optional extra, and declining, watching or swapping badges unlock the
# same fact (vodka-and-champagne).
#
# Every person has an "about anything else" topic, so that questions the story did not foresee
# get an answer that points at what matters in the scene. Long replies are shown in full once;
# a flag turns a second try into a short reminder.

story "Patrol to the Elbe"
  id elbe
  by The elbe-adventure authors
  version 1
  start at trebsen
  introduction
    Saxony, April 1945, the last weeks of the war in Europe. The Western Allies have crossed Germany from the west, the Red Army from the east. Between them lie two rivers: the Mulde and the Elbe.

    You carry the radio for a rifle company of the US 69th Infantry Division. Everyone calls you Sparks. Real people appear where the record names them; what they say is reconstruction. Your JOURNAL keeps each fact you find, with its source. Type HELP for the commands, HINT if you are stuck.

  credits
    Patrol to the Elbe was written for school classes. The history comes from a vetted fact sheet. Every fact in the journal names its sources, and where the sources disagree, the journal says so.

    Invented characters: Sergeant Lou Brennan, Captain Ferris, the driver Ortiz, Frau Pietsch and Lotte, the man in the striped jacket, Marcel, Olena, the British corporal, the duty officer, the reporter Whitcomb, the guide, the flower seller, and you. Real people appear under their own names and do what the record says they did, but their words, and the small scenes around them, are reconstruction: the record says what happened, not what was said. Only the journal is history in the strict sense, with a source for every fact.

    The story text is licensed under Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0): https://creativecommons.org/licenses/by-sa/4.0/

# ---------------------------------------------------------------------------------------------
# Things and actions that work everywhere
# ---------------------------------------------------------------------------------------------

thing helmet "steel helmet"
  nouns helmet, pot
  wearable
  starts carried
  Your steel helmet, with a scratch across the front from a doorframe in a town whose name you have already forgotten.

thing chocolate "bar of chocolate"
  nouns chocolate, bar, ration, food
  starts carried
  A hard, bitter ration chocolate bar in a paper wrapper. Nobody eats them unless they are very hungry.

thing cigarettes "pack of cigarettes"
  nouns cigarettes, pack, smokes
  starts carried
  A pack of American cigarettes{if shared-cigarettes}, a few lighter since the barn at Kühren{end}. You don't smoke, but cigarettes are better than money this spring.

on what is reconnoitre, what does reconnoitre mean, what means reconnoitre, reconnoitre meaning, meaning of reconnoitre, what is reconnoiter, what does reconnoiter mean, what is a reconnaissance, what does reconnaissance mean
  To reconnoitre is to go and look: find out what is out there, and report it. It is what a patrol is for.

on what is bail, what does bail mean, what means bail, what is bailing, what does bail out mean, bail meaning
  To bail a boat is to scoop the water out of it, with a bucket, a can or a helmet, until it floats.

on drop {souvenirs}, put down {souvenirs}, throw {souvenirs}, throw away {souvenirs}, leave {souvenirs}
  They are fastened to your jacket, and they are staying there.

on fire {red-flare}, shoot {red-flare}, launch {red-flare}, light {red-flare}, use {red-flare}
  Not here, and probably not anywhere. Red is the Red Army's colour, not yours.

on fire green flare, shoot green flare, fire flare, shoot flare, fire green, fire red flare, shoot red flare, fire flares, fire the flare, launch flare, fire green flare into sky, shoot green flare into sky, fire flare into sky, shoot flare into sky, fire flare into air, shoot flare into air, shoot flare in air, shoot green flare in air, shoot flare up in air, fire flare up in air
  {if visited sitzenroda and not visited torgau-26}Robertson's jeep carries no flares at all: nobody packs flares to go and count refugees.{else}{if visited strehla-landing}You have no flares left.{end}{end}{if not visited strehla-landing}You have no flare. The patrol's flares are in the signal box on the lead jeep, for when you see the Red Army.{end}

on use {radio}, switch on {radio}, turn on {radio}, switch {radio} on, turn {radio} on, radio headquarters, call headquarters, send message, call hq, radio hq, radio battalion, call battalion, radio regiment, call regiment, send coordinates, radio coordinates, send position, radio position, send map coordinates, radio captain, call captain, radio ferris, call ferris, radio the captain, call the captain, radio in
  You press the handset to your ear: hiss, crackle, and far away somebody reading out a list of numbers. There is nothing for you to send just now.

# The signal card reads the same wherever the player has it.
on read {signal-card}, examine {signal-card}, x {signal-card}, turn {signal-card} over, turn over {signal-card}, flip {signal-card}, turn {signal-card}
  RECOGNITION SIGNALS WITH THE RED ARMY. Our troops fire GREEN. Red Army troops answer RED. Vehicles: Allied white star; Soviet tanks, white band round the turret.


  {if not knows green-for-us-red-for-them}Green for us, red for them. It does not sound hard.{end}
  unlock fact green-for-us-red-for-them

on examine me
  {if in torgau-today}Today you are yourself: a visitor by the river on Elbe Day. Sparks, Robertson and the men of April 1945 are in your journal now.{else}{if visited sitzenroda and not visited torgau-26}For this part of the story you are Second Lieutenant William Robertson, a real officer of the 69th Division; the record names him and the three men with him.{else}You are Sparks, the company's radio operator, a made-up character: tired, stiff from the jeep, and never far from the field radio.{end}{end}

on where is my signal card, where is signal card, where is my card, where did my signal card go, where did signal card go, what happened to my signal card, what happened to signal card
  only if signal-card is nowhere
  The signal cards went back to Sergeant Brennan at Kreinitz: the signals were for finding the Red Army, and the patrol found it.

# The date, asked of anyone or of nobody: the scene's own date line, in a sentence.
on what year is it, what day is it, date, today, time, year, tell me the date, tell me the time, date please, what is date, whats date, what is date today, whats date today, what is todays date, what day is today, what is year, what date is it, what is the date, what is the date today, what is the year, what is the day, what is today, whats the date, whats the year, what year, what day, what date, which year is it, which day is it, what month is it, what time is it, whats the time, whats time, ask {person} about year, ask {person} about time, ask {person} what time it is, ask {person} the time, ask {person} about date, ask {person} about day, ask {person} about month, ask {person} about today, ask {person} what year it is, ask {person} what day it is, ask {person} the date, ask {person} the year
  {if in trebsen or in command-post or in road-east}Tuesday, 24 April 1945.{else}{if in kuehren}{if slept}Wednesday, 25 April 1945, at first light.{else}Tuesday, 24 April 1945, evening.{end}{else}{if in torgau-26}Thursday, 26 April 1945 (some sources say the 27th).{else}{if in torgau-photos}26 or 27 April 1945: the sources differ.{else}{if in announcement}Friday, 27 April 1945.{else}{if in aftermath}Early May 1945: the days run together.{else}{if in july}July 1945.{else}{if in torgau-today}Today, long after the war.{else}Wednesday, 25 April 1945.{end}{end}{end}{end}{end}{end}{end}{end} The line under the name of each place gives the date, and the time where the record has it.

on sleep, rest, lie down, go to bed
  There's no time to sleep. Not yet.

# What the places sound like (reconstruction: no source records it), where a scene has no `listen` of its own
# (session 38's Inform veteran: "Nothing you hear needs you just now." by a river full of jeeps).
on listen
  {if in trebsen}The Mulde runs fast and brown under the bridge. A jeep engine coughs, catches, and settles into a grumble.{else}{if in road-east}Engines, the crunch of gravel, now and then a bird. No guns anywhere: that is the strange part.{else}{if in leckwitz}Voices in German, Polish, Russian, and a horse stamping on the cobbles.{else}{if in strehla-landing or in strehla-dike}The Elbe, wide and quiet, slapping at the bank. From the far side, faint voices.{else}{if in lorenzkirch-meadow}Nothing. Wind in the grass. Nobody on this meadow is talking.{else}{if in torgau or in torgau-bridge or in castle-tower}The river, and the town holding its breath. Every sound carries across the water.{else}You listen for a while. Nothing you hear needs you just now.{end}{end}{end}{end}{end}{end}

# `x sky`, as Inform players try it everywhere (the sixty-seventh blind run: "You can't see any sky here.").
on x sky, examine sky, look at sky, look up, look up at sky, look at clouds, x clouds, examine clouds, watch sky, look skyward, look into sky
  {if in command-post or in pharmacy or in division-hq}There is a ceiling in the way. The sky is outside, and so, for now, is everything else.{else}{if in kuehren and not slept}Night over the farm. Somewhere east of here, under the same dark, are the Russians.{else}The sky, wide over the flat country. Nothing up there needs you; down here, plenty does.{end}{end}

on report
  There is nothing to report just now.

on i want to drive, i want drive, can i drive, may i drive, let me drive, i will drive, i drive, i want to drive jeep, can i drive jeep, let me drive jeep
  {if in torgau-today}There is no jeep here today: only the river, the flags and the memorial.{else}{if visited sitzenroda and not visited torgau-26}McDonnell is your driver today, Lieutenant: you say where, he drives.{else}Ortiz does the driving, Sparks; you carry the radio. Say where you are going, and the jeep goes.{end}{end} (Type HINT for the way on.)

on tired, so tired, sleepy, i am tired, i am so tired, i am sleepy
  {if in kuehren or in kreinitz}Then SLEEP. It has been a long day, and there's hay enough for everybody.{else}Everybody is tired. It has been that kind of year.{end}

on what happens now, what happens next, what will happen now, what happens
  Nobody knows what happens next, least of all you. Look around, talk to whoever is here, or type HINT.

on share {thing}, share {thing} with {person}
  Sharing goes by hand out here: GIVE it to somebody, and they will share it out themselves.

on smile
  You smile. Out here, it is a language everybody speaks.

on excuse me, pardon me
  You clear your throat.

on wave
  You wave. Somebody waves back; somebody always does.

on dont know what to do, do not know what to do, dont know what to do now, do not know what to do now, dont know what i should do, do not know what i should do
  Everybody is a little lost in a war. When you don't know what to do next, type HINT: it always knows the next step here.

on what is the mulde, whats the mulde, what is mulde, whats mulde, where is the mulde, what is the mulde river
  The Mulde is the river at Trebsen, about 40 km west of the Elbe. The 69th Infantry Division holds it, and its patrols are to go no more than five miles beyond it.

on promise, swear, make promise, make oath, take oath, swear oath, promise never to forget, promise to never forget, promise to remember, swear never to forget, i promise never to forget, ok i promise, yes i promise, i promise too, i swear it too, swear it too, swear it, promise it
  {if sworn}You made your promise on the meadow at Lorenzkirch. Nobody needs to make it twice; everybody needs to keep it.{else}{if in lorenzkirch}Not up here, in a yard full of handshakes. The promise Polowsky has in mind belongs down on the meadow, among the dead, once the colonels have decided what happens to you.{else}A promise? Not here, and not yet. You will know the place when you come to it.{end}{end}

on what colour do we fire, which one do i fire, which one do we fire, which one should i fire, which flare do i fire, which flare should i fire, what color do we fire, which colour do we fire, which color do we fire, what colour is ours, what color is ours, what colour are we, what color are we, which flare do we fire, what flare do we fire, which colour, which color, what colour, what color
  Green. Americans fire GREEN; the Red Army answers RED. Green for us, red for them.

on spasibo, say spasibo, spasibo {person}, say spasibo to {person}, thank {person} in russian, bolshoye spasibo
  "Spasibo," you say. {if in torgau or in castle-tower or in torgau-bridge or in division-hq or in torgau-26 or in torgau-photos}The Russian word gets a grin and a "Nye za chto": it's nothing.{else}It's Russian, and nobody here speaks it, but they understand the smile.{end}

on speak english
  {if in lorenzkirch-meadow or in lorenzkirch}A shake of the head, and a grin: no English. Polowsky does the talking for everybody.{else}{if in kreinitz}A shake of the head, and a grin: no English. Polowsky and Belousovitch do the talking, and the accordion does the rest.{else}{if in leckwitz}Shrugs all round. "Little German," the young Pole offers. Kowalski does the Russian.{else}{if in torgau or in castle-tower or in torgau-bridge or in division-hq or in torgau-photos}A shake of the head: no English. Hands and a few words of German will have to do.{else}Everybody here speaks English, more or less.{end}{end}{end}{end}

on where can i sleep, where can we sleep, where do i sleep, where do we sleep, where to sleep, where should i sleep, where do we spend the night
  {if in kuehren}In the hay in the barn, with everybody else. Type SLEEP when you are ready.{else}{if in kreinitz}In the hayloft, somebody says, pointing. Type SLEEP when you are ready.{else}Not here, and not now.{end}{end}

on make flag, make a flag, make white flag, make a white flag, make {us-flag}, paint {bedsheet}, paint flag, paint {bedsheet} with {mercurochrome}, paint {bedsheet} with {ink}, use {mercurochrome} on {bedsheet}, use {ink} on {bedsheet}, put {ink} on {bedsheet}, put {mercurochrome} on {bedsheet}, pour {ink} on {bedsheet}, pour {mercurochrome} on {bedsheet}, paint {us-flag}, paint {us-flag} with {mercurochrome}, paint {us-flag} with {ink}, paint sheet, paint the sheet, put ink on sheet, use ink on sheet, draw flag, draw stars, draw stripes, paint stripes, paint stars, make american flag, make an american flag, make us flag, make a us flag, make stars and stripes, paint stars and stripes, paint stars and stripes on {bedsheet}, paint stripes and stars on {bedsheet}, draw stars and stripes on {bedsheet}, paint stars and stripes on {us-flag}, paint stripes on {bedsheet}, paint stripes on {bedsheet} with {mercurochrome}, paint red stripes on {bedsheet}, paint stars on {bedsheet}, paint stars on {bedsheet} with {ink}, paint stripes with {mercurochrome}, paint stars with {ink}, draw flag on {bedsheet}, draw flag on {bedsheet} with {ink}, draw flag on {bedsheet} with {mercurochrome}, draw on {bedsheet}, draw on {bedsheet} with {ink}, draw flag with {ink}, paint stripes on {bedsheet} with red, paint {bedsheet} with red, paint {bedsheet} with blue, paint stars on {bedsheet} with blue, paint stripes on {us-flag}, paint stripes on {us-flag} with red, paint stripes on {us-flag} with {mercurochrome}, paint red stripes on {us-flag}, paint stars on {us-flag}, paint stars on {us-flag} with blue, paint stars on {us-flag} with {ink}, paint {us-flag} with red, paint {us-flag} with blue, draw on {us-flag}, draw stripes on {us-flag}, draw stars on {us-flag}
  if flag-made
    Your flag is made already: stripes of Mercurochrome, a square of ink, a few lopsided stars. It doesn't need more paint. It needs to be seen from the other side, from somewhere high.
  else if holding bedsheet and holding mercurochrome and holding ink
    You paint red stripes in Mercurochrome and a blue square of ink, leaving a few lopsided white stars. It will have to do.
    remove bedsheet
    remove mercurochrome
    remove ink
    give us-flag
    set flag-made
    unlock fact homemade-flag
  else
    Not with what you have. A flag needs something white to paint on, something red and something blue, all in your hands.

on get in jeep, get into jeep, get in jeeps, board jeep, drive jeep, ride in jeep
  The jeeps go where the patrol goes. Pick one of the ways on, listed after the description of the place (type LOOK to see them again).

# Examining a thing with writing on it shows the writing (or says why it can't be read), never only
# the bare "There is writing on it." that a student cannot follow up (blind runs 35 and 48).
on examine {orders}
  A typed sheet of thin paper, already soft at the folds. It reads: PATROLS: Reconnoitre east of the Mulde to a depth of five miles (eight kilometres). Go no further. Report any contact with Red Army forces at once by radio, giving map coordinates. Do not discuss any contact with war correspondents. The news will be released jointly by the Allied governments.
on examine {notebook}
  A small notebook, open on the jeep's hood under the lieutenant's hand{if holding message or message-sent}, with a page torn out{end}. {if holding message or message-sent}Pencilled notes in the lieutenant's quick hand: times and a sketch of the river. The page with the message is {if message-sent}sent{else}in your hand{end}.{else}Upside down you make out: CONTACT MADE WITH RUSSIANS. POSITION: and a row of figures. Kotzebue is still writing it. TALK TO KOTZEBUE.{end}
on examine {message}
  A page torn from a notebook, in the lieutenant's quick pencil: CONTACT MADE WITH RUSSIANS. POSITION: followed by a map reference, six figures, and the time. Kotzebue's handwriting is hurried but clear.
on examine {order-of-the-day}
  {if knows germany-cut-in-two}General Bradley's order of the day, folded into Brennan's pocket now.{else}Brennan's paper: an order of the day from army group, to be read to the troops.{if capitals < 3} He holds it against his chest: he is keeping it until the broadcasts are over.{else} He is about to read it out.{end}{end}
on examine {ink}
  Ordinary blue writing ink, a whole bottle of it. TINTE, BLAU, says the label.

# Brennan is the same gruff sergeant in every scene he is in.
on hug {brennan}, embrace {brennan}, hug {brennan-road}, embrace {brennan-road}, hug {brennan-kuehren}, embrace {brennan-kuehren}, hug {brennan-strehla}, embrace {brennan-strehla}, hug {brennan-dike}, embrace {brennan-dike}, hug {brennan-radio}, embrace {brennan-radio}, hug {brennan-after}, embrace {brennan-after}, hug {brennan-july}, embrace {brennan-july}
  Brennan goes stiff as a fence post. Then he thumps you twice on the back, hard enough to rattle the radio. "All right, all right, Sparks," he growls. "People will talk."

# The radio rides on Sparks's back wherever the patrol's jeeps are (at Trebsen, Ortiz says so).
on put {radio} in {road-jeeps}, put {radio} on {road-jeeps}, put {radio} into {road-jeeps}, load {radio} into {road-jeeps}, leave {radio} in {road-jeeps}, put {radio} in {kuehren-jeeps}, put {radio} on {kuehren-jeeps}, put {radio} into {kuehren-jeeps}, load {radio} into {kuehren-jeeps}, leave {radio} in {kuehren-jeeps}, put {radio} in {leckwitz-jeeps}, put {radio} on {leckwitz-jeeps}, put {radio} into {leckwitz-jeeps}, load {radio} into {leckwitz-jeeps}, leave {radio} in {leckwitz-jeeps}, put {radio} in {landing-jeeps}, put {radio} on {landing-jeeps}, put {radio} into {landing-jeeps}, load {radio} into {landing-jeeps}, leave {radio} in {landing-jeeps}, put {radio} in {dike-jeeps}, put {radio} on {dike-jeeps}, put {radio} into {dike-jeeps}, load {radio} into {dike-jeeps}, leave {radio} in {dike-jeeps}
  {if holding radio}You start to swing the radio into the jeep, and think better of it. The set rides on your back: if a jeep ends up in a ditch, the radio walks away with you.{else}The radio rides on your back, not in a jeep: WEAR RADIO.{end}

on kiss {person}
  You think better of it and settle for a handshake. Out here, that says enough.

# ---------------------------------------------------------------------------------------------
# PART ONE: with Kotzebue's patrol
# ---------------------------------------------------------------------------------------------

scene trebsen "Trebsen, on the Mulde"
  when Tuesday, 24 April 1945, morning
  where West bank of the Mulde, Saxony
  hint Your radio leans against a jeep. Put it on: WEAR RADIO.
    only if not holding radio
  hint The briefing is in the mill office. Go IN.
    only if not briefed
  hint Read the signal card you are carrying: READ CARD.
    only if holding signal-card and not knows green-for-us-red-for-them
  hint Read the signal card in the mill office before you leave. Go IN, then READ CARD.
    only if not knows green-for-us-red-for-them
  hint You have your radio, your briefing and your signal card. Go EAST across the bridge.
  The paper mill's railway bridge crosses the grey Mulde here: the only bridge on this stretch not blown up, people say.{if not briefed} In the lane your driver, Ortiz, fills a jeep, and Sergeant Brennan smokes. The briefing is in the mill office.{end}

  revisit
    The mill, the bridge, the jeeps.{if not briefed} Ortiz is filling a jeep, and Sergeant Brennan smokes.{end} The road runs east.
  exit in to command-post "the briefing"
  exit east to road-east "across the bridge"
    only if holding radio and briefed and knows green-for-us-red-for-them, else "Sergeant Brennan plants himself in front of you. \"Not so fast, Sparks.{if not holding radio} Radio on your back.{end}{if not briefed} You haven't had the captain's briefing yet: go IN and TALK TO FERRIS, and let him finish.{end}{if not knows green-for-us-red-for-them}{if holding signal-card} READ CARD: it's right there in your hand.{else}{if not briefed} Then READ CARD, in there.{else} Go back IN and READ CARD.{end}{end}{end} Then we go.\""
    The jeeps rattle over the bridge, Kotzebue in the lead. Ortiz drives the second jeep, whistling, and the radio digs into your back.

  thing radio "field radio"
    nouns radio, set, walkie-talkie, handset, aerial, antenna, cord
    wearable
    here Your field radio leans against a jeep wheel.
    A backpack radio in an olive-drab case, with a long whip aerial and a handset on a curly cord. It weighs as much as a sack of potatoes, and it is your whole job.
  thing mill-bridge "paper-mill bridge"
    nouns bridge, railway, wagons, worker, man, wires, town
    adjectives paper-mill, mill, paper
    fixed
    A bridge of iron and brick that once carried wagons of pulp and paper. People in Trebsen say that a worker from the mill, a man called Max Hunger, cut the wires to the demolition charges before the bridge could be blown. It is a story told in the town; nobody here can tell you if every word is true.
  on examine {mill-bridge}
    continue
    unlock fact trebsen-bridge
  thing paper-mill "paper mill"
    nouns mill, office, door, building, sheds, yard
    adjectives paper
    fixed
    Long brick sheds and a yard stacked with bales of pulp. The office door stands open: the briefing is in there. Go IN.
  on open {paper-mill}, make {paper-mill} open, knock on {paper-mill}, knock
    The office door already stands open. The briefing is in there: go IN.
  thing mulde "Mulde"
    nouns river, mulde, water, banks
    fixed
    Grey, quick water between muddy banks. The division has been told to hold here, and it has held here for days.
  thing company-men "men from your company"
    nouns men, kerb, company, rifles, people
    fixed
    Men from your company, cleaning their rifles on the kerb and pretending they are not waiting for anything.
  thing trebsen-jeeps "jeeps"
    nouns jeep, jeeps, wheel, horn
    fixed
    The patrol's jeeps: canvas tops folded down, fuel cans strapped on the back, mud up to the headlights.
  thing trebsen-lane "lane"
    nouns lane, road, mud, ruts
    fixed
    The muddy lane by the paper mill, churned into ruts by the jeeps and every truck before them. The patrol will leave down it, when somebody says so.
  thing trebsen-jerrycan "jerrycan"
    nouns jerrycan, can, cans, petrol, gas, gasoline, fuel
    adjectives spare
    fixed
    A square steel fuel can, dented and olive drab. {if briefed}Ortiz is pouring it into the second jeep, very slowly, so as not to waste a drop.{else}A row of them stands strapped to the back of the jeeps.{end}
  on take {trebsen-jerrycan}, carry {trebsen-jerrycan}, lift {trebsen-jerrycan}, pick up {trebsen-jerrycan}, fill {trebsen-jeeps}, help {ortiz}, can i help you with the fuel, can i help with the fuel, can i help you with the gas, can i help with the gas, help with the fuel, help with fuel, help with the gas, help {ortiz} with {trebsen-jerrycan}, help {ortiz} with fuel, help {ortiz} with the fuel, can i help you, can i help, help {ortiz} with gas, fill {trebsen-jerrycan}, pour {trebsen-jerrycan}, use {trebsen-jerrycan}
    "Hands off my gas, Sparks," says Ortiz{if briefed}, not looking up from the funnel{end}. "You carry the radio. I carry the cans. That's how the army works."
  on can i pick up my radio, can i pick up the radio, can i take my radio, can i take the radio, can i get my radio, can i have my radio, may i take my radio, should i take my radio, should i take the radio
    if holding radio
      You've got it already, Sparks. You can feel every pound of it.
    else
      "Can you? You'd better," Brennan says. You pick the radio up by its straps; it weighs as much as a sack of potatoes.
      give radio
  on whistle, whistle a tune, whistle a song
    You whistle two bars. Ortiz looks up at once. "Hey. What did I say, Sparks? Whistling is my job."
  on honk, honk horn, hoot, hoot horn, beep, beep horn, sound horn, press horn, blow horn, toot horn, use horn, honk {trebsen-jeeps}, sound {trebsen-jeeps}
    You lean over and press the horn of Ortiz's jeep. Nothing. You press again, and it gives a strangled bleat. Brennan looks round; Ortiz doesn't even look up from the jerrycan. "She works when she feels like it, Sparks. Leave her be."
  on put {radio} in {trebsen-jeeps}, put {radio} on {trebsen-jeeps}, put {radio} into {trebsen-jeeps}, load {radio} into {trebsen-jeeps}, load {radio} in {trebsen-jeeps}, leave {radio} in {trebsen-jeeps}, stow {radio} in {trebsen-jeeps}
    "Not in my jeep, Sparks." Ortiz shakes his head. "That set rides on your back. If we end up in a ditch, it walks away with you."{if not holding radio} WEAR RADIO.{end}
  on put {thing} in {trebsen-jeeps}, put {thing} into {trebsen-jeeps}, load {thing} into {trebsen-jeeps}, load {thing} in {trebsen-jeeps}, leave {thing} in {trebsen-jeeps}, stow {thing} in {trebsen-jeeps}
    "Keep it on you, Sparks." Ortiz doesn't look up from the funnel. "My jeep carries gas and the patrol. What's in your pockets rides in your pockets."
  on get in {trebsen-jeeps}, get into {trebsen-jeeps}, board {trebsen-jeeps}, drive {trebsen-jeeps}, sit in {trebsen-jeeps}, sit down in {trebsen-jeeps}
    {if holding radio and briefed and knows green-for-us-red-for-them}Ortiz grins and starts the engine. The patrol is going EAST, across the bridge.{else}Brennan shakes his head. "Not yet, Sparks.{if not holding radio} Radio first.{end}{if not briefed} Briefing, in the mill office.{end}{if not knows green-for-us-red-for-them} And READ CARD.{end}"{end}
  person ortiz "Ortiz"
    nouns ortiz, driver
    here {if briefed}Ortiz, your driver, is filling a jeep from a jerrycan.{end}
    Private Ortiz, who drives the second jeep as if the road had insulted him personally.
    talk
      "Doing fine, Sparks. Second jeep: you ride with me." He screws the cap back on the jerrycan. "Bring the radio. And don't whistle. Whistling is my job."
    about do after, will after
      "Back to San Antonio, back to my uncle's garage." Ortiz pats the jeep. "And a car of my own, with a horn that works every time."
    about before the war, before war, living, civilian, job back home, job at home, job home
      "I fixed cars in my uncle's garage in San Antonio," Ortiz says. "Now the army lets me break them instead."
    about sad, seem sad, upset, unhappy, you ok, you okay, you alright, you all right
      "Me?" Ortiz whistles two bars. "Whistling, Sparks. Sad people don't whistle." He goes back to the jerrycan.
    about get here, got here, come here, came here
      "In a jeep, Sparks. How else?" He grins. "Same jeep since France. She and I are old friends."
    about teach me to drive, learn to drive, teach me, can i drive, let me drive, drive the jeep
      "Teach you? On my jeep?" Ortiz laughs. "Sparks, you carry the radio, I drive. After the war, come to San Antonio and I'll teach you in my uncle's garage."
    about elbe, to the elbe, drive me, drive us, take me, take us
      "To the Elbe?" Ortiz laughs. "Twenty-five miles of it, Sparks, and the captain says five. Ask the lieutenant. I just drive where he points."
    about engines, engine, motor, motors, mechanic, garage, fix, repair, wrench
      "Engines I know, Sparks. I grew up under cars in my uncle's garage in San Antonio." He pats the jeep's hood. "This one's got half the mud of Europe in her and she still starts first time. Mostly."
    about fuel, gas, gasoline, petrol, jerrycan, jerrycans, cans, can, funnel, tank
      "Gas, Sparks. Every drop we've got, and every drop we'll need." He pours, slowly. "Out east there's no filling station, so what's in the cans is what gets us home."
    about jeep, jeeps, driving, road, car, what car, that car, truck, vehicle
      "My jeep, Sparks. Full tank, spare can, and a horn that works when it feels like it. She'll get us there. Wherever there is."
    about excited, happy, looking forward, thrilled, pumped, glad
      "Excited?" Ortiz grins over the funnel. "Sparks, I've been driving toward the Russians since France. Today maybe I find out what they look like." He pours a little faster.
    about kotzebue, lieutenant, buck
      "The lieutenant? Young, and in a hurry. Suits me: so am I." Ortiz slaps the jeep's hood. "Wherever he goes, I drive him there."
    about whistling, whistle, tune, song, music, like music, do you like music, songs
      "Whistling is my job, Sparks. Keeps the engine happy." He whistles two bars of something and stops. "Yours is the radio."
    about age, old, how old, birthday
      "Old enough to drive a jeep, Sparks. Young enough to get told where." Ortiz grins. "Same as you."
    about max hunger, max, bridge, mill bridge, wires
      "The fellow from the mill who cut the wires?" Ortiz pats the jeep. "If that's true, I owe him a beer. Saved me a swim."
      unlock fact trebsen-bridge
    about food, favourite food, favorite food, eat, hungry, cooking, dinner, coffee, drink
      "Anything that didn't come out of a can," Ortiz says. "Ask me again when we're going the other way."
    about funny, joke, joking, laugh, laughing, comedian, lol
      "Somebody has to be, Sparks." Ortiz grins and goes back to his jerrycan. "The sergeant sure isn't."
    about war, the war, fighting, combat, war over, end of the war
      "The war?" Ortiz stops with the jerrycan in his hands. "I've seen it through a windshield, Sparks. Mud, towns, more mud, and people walking the other way." He goes back to pouring. "I'd like to see the end of it through the same windshield."
    about scared, afraid, fear, nervous
      Ortiz laughs, not very convincingly. "Me? I drive. Scared is for the fellows who have to walk." He checks the tank again, for the third time.
    about brennan, sergeant, sarge
      "Brennan?" Ortiz grins. "He shouts at you because he likes you, Sparks. If he ever stops shouting, then worry."
    about going, where going, mission, plan, where we going, destination
      "East, Sparks. Wherever the lieutenant points." Ortiz screws the cap back on the jerrycan. "{if not briefed}The captain tells you where in the mill office.{else}Kühren first, I heard.{end}"
    about army, how long, long, years, served, enlisted, drafted
      "Long enough to learn to drive anything with wheels," Ortiz says. "Not long enough to like it."
    about first name, christian name, given name
      "Ortiz is plenty, Sparks." He grins. "My mother calls me Manuel. You don't."
    about kids, children, child, son, daughter, baby
      "Kids? Me?" Ortiz laughs. "I've got a jeep, Sparks. That's enough trouble for one man."
    about girl, girlfriend, sweetheart, wedding
      "There's a girl in San Antonio who said she'd write." Ortiz grins and screws the cap back on the jerrycan. "She hasn't yet. The mail's slow out here, Sparks. That's what I tell myself."
    about home, family, where from, san antonio, texas
      "San Antonio, Texas." Ortiz screws the cap back on the jerrycan. "A long way west of here, and further every day we drive east. My mother still thinks I drive a truck for the post office."
    about anything else
      Ortiz thinks about it over the jerrycan. "Beats me, Sparks. Ask me about engines, San Antonio or the road, and I'll tell you." He nods at the mill office. "{if not briefed}And you're late for the briefing.{else}Ready when you are.{end}"
  on gimme a cigarette, give me a cigarette, can i have a cigarette, can i have a smoke, ask {brennan} for a cigarette, ask {brennan} for cigarette, ask {brennan} for a smoke, bum a cigarette
    Brennan laughs. "You've got a whole pack in your pocket, Sparks, and you don't even smoke. Keep them for out east."
  on order {brennan}
    {if holding radio and briefed and knows green-for-us-red-for-them}"That's the spirit, Sparks." Brennan flicks his cigarette away. "We go EAST, across the bridge."{else}"Not so fast, Sparks." Brennan doesn't move from the jeep. "{if not holding radio}Radio on your back first.{else}{if not briefed}Briefing first, in the mill office. Go IN.{else}Read your signal card first. Twice.{end}{end}"{end}
  on order {ortiz}, ask {ortiz} to start {trebsen-jeeps}, ask {ortiz} to start engine, ask {ortiz} to start the engine
    {if holding radio and briefed and knows green-for-us-red-for-them}"Hop in, Sparks." Ortiz starts the engine. The patrol is going EAST, across the bridge.{else}"Not before the sergeant says so, Sparks." Ortiz nods at Brennan. "And he hasn't."{end}
  on give {cigarettes} to {brennan}, offer {cigarettes} to {brennan}
    Brennan looks at the pack, then at the cigarette already in his mouth, and laughs. "Keep them, Sparks. Out east they're better than money."
  person brennan "Sergeant Brennan"
    nouns sergeant, sarge, brennan
    here {if briefed}Sergeant Brennan leans on the lead jeep, smoking.{end}
    A big, patient man with two years of war in his face. He has looked after you since the day you joined the company, mostly by shouting at you.
    talk
      {if not holding radio}"Morning, Sparks. Get that radio on your back. A radioman without a radio is just a private with sore shoulders."{else}{if not briefed}"Morning, Sparks. The captain's briefing is in the mill office. You're the last."{else}{if not knows green-for-us-red-for-them}"Read your signal card yet? On the desk in there. Read it twice."{else}"Radio, briefing, signal card. Good work. We go east across the bridge."{end}{end}{end}
    about kids, children, child, son, daughter, married, wife, girl, girlfriend
      "No wife, no kids, kid. Just my mother in Ohio." He grins. "And a radioman to look after. That's plenty."
    about miss, miss home, miss ohio, miss your mom, miss your mother, miss mom, homesick
      "Every day, kid. My mother's cooking most of all." He flicks ash into the river. "The quickest way back there is east, they tell me. Go figure."
    about first name, your first name, whats your first name, christian name
      "Lou," Brennan says. "Nobody's called me that since basic training." He flicks ash off the jeep. "It's Sergeant to you, Sparks."
    about age, old, how old, birthday
      "Twenty-eight, kid." He flicks ash into the river. "Feels like fifty this week."
    about do after, will after
      "Go home to Ohio, sleep till noon, and never count another jerrycan." He grins. "In that order."
    about before the war, before war, living, civilian, job back home, job at home, job home
      "I drove a bread truck back in Ohio. Up at four every morning." Brennan grins. "The army gets me up at four too, and never lets me go home."
    about sad, seem sad, upset, unhappy, you ok, you okay, you alright, you all right
      "Sad? Tired, kid. There's a difference, and you'll learn it." He looks east. "Right now I'm curious. That's a third thing."
    about get here, got here, come here, came here
      "Same as you, kid. One muddy road after another, and a lot of walking." He nods at the bridge. "Today we ride, for a change."
    about berlin, eisenhower, ike
      "Berlin? Not us, kid. The word is the brass decided that weeks ago. Ninth Army's sitting on the Elbe up north, fifty-odd miles from Berlin at the nearest, and they still got told to stop." He flicks ash into the river. "Ask the captain if you want the big picture. Or look at his map."
    about seen, ever seen, seen one, seen a russian, seen russians, seen any, met, met one, met a russian
      "Not one, kid. Nobody in this company has, not yet." He flicks ash into the river. "Closest I got was a newsreel. Out east somewhere, they say. Twenty-five miles, maybe less."
    about russians, soviets, red army, russian
      "Out east somewhere. Twenty-five miles, maybe less. Every patrol wants to be the one that finds them, and nobody knows what happens when we do."
    about bridge, mill, mulde, river, max hunger, max, hunger, wires, charges, worker
      "Only bridge standing for miles, they tell me. Some fellow from the mill cut the wires on the charges: Max Hunger, the town says. Lucky for us."
      unlock fact trebsen-bridge
    about five miles, limit, orders, patrol
      "Five miles past the river and no further. That's the rule." He looks east, along the empty road. "Rules are funny things out here."
    about radio, sparks
      "That radio is the only way the division knows where we are. Keep it dry, keep it on your back, and keep it quiet unless the lieutenant says otherwise."
    about kotzebue, lieutenant, buck
      "Buck Kotzebue? Young for a lieutenant, and he knows it. Good officer, though. He wants to see what's out there, and so do I."
    about going, where going, where we going, where are we going, today, mission, plan, destination
      "East, across the bridge, with the lieutenant," Brennan says. "{if not briefed}Where exactly, the captain tells you in the mill office. Briefing first.{else}Kühren first. After that, ask the lieutenant.{end}"
    about ortiz, driver, whistling, whistle
      "Ortiz drives like he's late for his own wedding. You'll live." He snorts. "And if he says whistling is his job, let him. Somebody has to keep the engine happy."
    about army, how long, years, long, served, serving, enlisted
      "Long enough to know better than to answer that, kid." He flicks ash into the mud. "Long enough to get you home in one piece, anyway."
    about 69th, sixty-ninth, division, 273rd, regiment, unit
      "The 69th holds the Mulde, kid, here and at Wurzen, and waits for the Russians. Patrols go five miles east and come back. Today that's us."
    about scared, afraid, nervous, fear, frightened
      "Scared?" Brennan looks at the bridge for a while. "Every morning, kid. Then I get on with it. So will you."
    about come, coming, join, along, come with us, coming with us
      "Somebody has to keep you out of trouble, Sparks. Lead jeep, right in front of you."
    about war, war over, almost over, end, ending, over, peace, victory
      "Over?" Brennan looks east along the empty road. "Not till somebody tells us so, kid. Could be it ends out that way. Let's go and see."
    about smoke, smoking, cigarette, cigarettes, tobacco
      "Army issue, same as yours." He blows smoke toward the bridge. "Keep your pack, Sparks. Out east they're better than money."
    about himself, yourself, about you, tell me about yourself, about yourself
      "Me?" Brennan flicks ash into the river. "Sergeant, two years of this, from Ohio, and nursemaid to a radioman." He grins. "That's the whole story, kid. The interesting part is out east."
    about home, family, where from, going home
      "Ohio, Sparks. A little town you never heard of, and my mother writing every week." He looks east along the road. "The quickest way back there is through whatever's out that way. So let's get going."
    about ready, are you ready, you ready, ready to go
      {if holding radio and briefed and knows green-for-us-red-for-them}"Been ready since breakfast, kid." Brennan flicks his cigarette away. "EAST, across the bridge."{else}"Born ready, kid. You're not, yet." He jerks his thumb at {if not holding radio}the radio by the jeep wheel{else}the mill office{end}.{end}
    about anything else
      "Later, Sparks." He nods at the mill office. "{if not briefed}Briefing first. Ask the captain in there.{else}We've got a road to drive.{end}"
  on but i already talked to ferris, i already talked to ferris, but i talked to ferris, but i already did, i talked to ferris, i already talked to captain, i talked to captain, i already talked to captain ferris, i talked to captain ferris, i already had briefing, i had briefing, i already did, i was briefed, i already asked ferris, i asked ferris, i already spoke to ferris, i spoke to ferris, i spoke to captain
    {if briefed}"So you did," Brennan says.{if not holding radio} "Radio on your back, then."{end}{if not knows green-for-us-red-for-them} "And READ CARD{if not holding signal-card}, in there{end}."{end}{if holding radio and knows green-for-us-red-for-them} "Then what are we waiting for? EAST."{end}{else}"Talked, sure. Asked him things." Brennan shakes his head. "But did he give you the briefing? Five miles, flares, coordinates, the lot? Go IN and TALK TO FERRIS, and let him finish."{end}
  on where are we going today, where are we going, where are we headed, where are we headed today, where are we going sarge, where are we going sergeant, what is the plan for today, whats the plan for today, what is the plan today, whats the plan today, what are we doing today, what are we doing, what is the plan, whats the plan, what is our plan, what do we do today
    "East, across the bridge, with the lieutenant," Brennan says. "{if not briefed}Where exactly, you hear at the briefing in the mill office.{else}Kühren first. After that, ask the lieutenant.{end}"

scene command-post "The Command Post"
  on what is a war correspondent, what is a correspondent, what are war correspondents, what does correspondent mean, what does war correspondent mean, who are war correspondents
    "A newspaperman who follows the army and writes it up for the folks at home," Ferris says. "If there's a meeting, they'll be all over the place. You say: no comment."
  when 24 April 1945, morning
  where The paper mill, Trebsen
  fact trebsen-bridge
  hint Talk to Captain Ferris to hear the briefing.
    only if not briefed
  hint Look at the wall map: EXAMINE MAP.
    only if not knows ike-cables-stalin
  hint Read the signal card on the desk: READ CARD.
    only if not knows green-for-us-red-for-them
  hint You can ask Ferris about Berlin, the Russians, reporters or the signals. When you're ready, go OUT.
  The mill office smells of wet wool and smoke. Desks are pushed to the walls, and a big map hangs over the window.
  on smell, sniff, smell room, smell office, smell air
    Wet wool and cigarette smoke, and the damp of the river coming in under the door.

  revisit
    The mill office: the wall map, the field telephone, the smoke. Captain Ferris is rolling up his pointer.
  exit out to trebsen
    if not briefed and ferris-questions >= 2
      At the door Ferris calls after you. "Sparks! You've asked the right questions, so here's the rest in one go: five miles east of the Mulde and no further. Meet the Red Army, fire green; they answer red. Radio in your map coordinates at once." He adds: "And General Hodges says: treat the Russians nicely. Not a word to reporters."
      set briefed
      set ferris-questions to 0
      unlock fact waiting-on-the-mulde
      unlock fact treat-them-nicely
  thing mill-office "mill office"
    nouns office, room, mill, walls, doorway, bulb, smoke
    adjectives mill
    fixed
    The paper mill's office, turned into a command post: desks against the walls, a bare bulb, smoke.
  thing wall-map "wall map"
    nouns map, arrows, river, rivers, elbe, castle, town, towns, dot, pointer
    adjectives wall, big
    fixed
    A map of Germany, criss-crossed with blue arrows from the west. They do not point at Berlin.
  thing telephone "field telephone"
    nouns telephone, phone, wire, door
    adjectives field
    fixed
    A field telephone in a leather case, its wire running out under the door. Every few minutes it rings, and somebody answers it in a low voice.
  thing desks "desks"
    nouns desks, desk, papers, paperwork
    fixed
    Heavy office desks, shoved against the walls and covered with papers.{if signal-card is here} On the nearest lies the stack of signal cards.{end}
  thing window "window"
    nouns window
    fixed
    Somebody has pinned the wall map right over it. A thin line of grey daylight shows round the edges.
  thing signal-card "signal card"
    nouns card, cards, signals, signs, band, turret, tanks
    adjectives signal
    here A stack of signal cards lies on the desk: one is for you.
    A square of stiff card. Call signs are pencilled on one side; the recognition signals are printed on the other. READ it.
  thing orders "copy of the patrol orders"
    nouns orders, order, copy, correspondents
    adjectives patrol, typed, paper
    here {if signal-card is here}Beside them lies{else}On the desk lies{end} a pile of typed patrol orders.
    A typed sheet of thin paper, already soft at the folds.
    read
      PATROLS: Reconnoitre east of the Mulde to a depth of five miles (eight kilometres). Go no further. Report any contact with Red Army forces at once by radio, giving map coordinates. Do not discuss any contact with war correspondents. The news will be released jointly by the Allied governments.

  on where is the elbe on the map, where is the elbe, wheres the elbe, where is the river, where is the river on the map, show me the elbe, show me the elbe on the map, show me on the map, show me the map, show me where we are, show me where we are on the map, where are we on the map, where are we, where am i, where are we now
    Ferris puts his pointer on a dot by the Mulde. "We're here, Sparks: Trebsen, on the Mulde." He draws the pointer east, across a pencil line, to a second, wider river. "And that's the Elbe, about twenty-five miles east. The pencil line is your five miles. You stop there."
  on where are the russians, where are the russians now, where are the soviets, where are the soviets now, where is the red army, where is the red army now, where are they, where are the russians on the map
    Ferris taps the map beyond the Elbe. "Somewhere about here, Sparks, on the far side of the Elbe. Or this side, by now: nobody's told us." He taps the pencil line. "You find out inside five miles, or not at all."
  on why didnt eisenhower go to berlin, why did eisenhower not go to berlin, why didn't eisenhower go to berlin, why did ike not go to berlin, why didnt ike go to berlin, why not berlin, why are we not going to berlin, why arent we going to berlin, why dont we go to berlin, why do we not go to berlin
    "Berlin's not our objective." Ferris points at the blue arrows: Leipzig, Dresden, not Berlin. "The word is General Bradley reckoned Berlin could cost a hundred thousand men, and it lies in the area the Russians are to occupy anyway. So Ike stopped us on the Elbe and the Mulde. Anything more is above my pay grade."
    unlock fact ike-cables-stalin
    unlock fact berlin-not-worth-it
    unlock fact halt-at-elbe-mulde
  on are there still german soldiers east of the mulde, are there german soldiers east of the mulde, are there still germans east of the mulde, are there germans east of the mulde, are there still germans out there, are there germans out there, are there still german soldiers out there, are there german soldiers out there, are there still german soldiers, are there still germans
    "Between the Mulde and the Elbe? Stragglers, mostly, and men looking for somebody to surrender to," Ferris says. "Mostly. Somewhere out there they're still fighting. Keep your heads down past the five miles: that's one more reason not to go there."
  on where is strehla, where is strehla on the map, wheres strehla
    Ferris runs his pointer along the Elbe. "Strehla? Here, on the Elbe, a little upriver from Torgau. Twenty-odd miles past the end of your five, Sparks." He taps the pencil line. "You won't be going there."
  on where is torgau, where is torgau on the map, wheres torgau
    Ferris finds it with his pointer: a town on the Elbe, up north-east of here, with a castle marked beside the river. "On the Elbe, Sparks, twenty-odd miles past the end of your five." He taps the pencil line. "You won't be going there."
  on how many men are coming on the patrol, how many men are coming, how many are coming, how many of us are coming, how many men are coming with us, how many men are in the patrol, how many men are there in the patrol, how many are in the patrol, how many in the patrol, how many men in the patrol, how big is the patrol, how many of us are going, how many men are going
    "A few dozen, Sparks," Kotzebue says from the doorway. "Whoever G Company can spare. Enough to look at the Elbe. Not enough to start anything."
  person ferris "Captain Ferris"
    nouns captain, ferris, officer, ink, fingers
    here Captain Ferris, the battalion intelligence officer, stands by the wall map.
    A thin, tired officer with ink on his fingers. He has briefed a dozen patrols this week, and not one of them has found a Russian yet.
    talk
      {if briefed}"You've had the briefing, Sparks. Five miles, green for us and red for them, radio in, and not a word to reporters."{else}"Sit down, Sparks." He taps the map. "Patrols go five miles east of the Mulde and no further. If you meet the Red Army, fire green; they answer red. Then radio in your map coordinates at once."{end}

      {if not briefed}"And General Hodges says: treat the Russians nicely. Not a word to reporters."{end}
      set briefed
      set ferris-questions to 0
      unlock fact waiting-on-the-mulde
      unlock fact treat-them-nicely
    about age, old, how old, birthday
      "Thirty-four, Sparks, and I feel every year of it this week." He taps the map. "Ask me about the five miles instead."
    about before the war, before war, job back home, job at home, job home, work back home, civilian, living, teacher
      "I taught geography in a high school in Pennsylvania." He looks at the wall map. "I still can't stop pointing at maps."
    about family, wife, kids, children, married
      "A wife and two boys in Pennsylvania. They get a letter a week, and it says nothing, because I'm not allowed to say anything." He taps the map. "Now. Your briefing."
    about where from, home, hometown
      "Pennsylvania, Sparks. A long way from the Mulde." He taps the map. "And you're going the other way from it."
    about sad, seem sad, upset, unhappy, you ok, you okay, you alright, you all right
      "Tired, Sparks. A dozen patrols this week, and not one of them has found a Russian." He picks up his pointer. "Maybe yours will."
    about get here, got here, come here, came here
      "Same road as you, Sparks, a few days ahead of you." He taps the map. "That's all an intelligence officer is: a few days ahead, if he's lucky."
    about who is eisenhower, who is ike, who eisenhower, who ike
      "General Eisenhower, Sparks. Ike: the Supreme Commander, over every American and British soldier in Europe." He taps the blue arrows. "That's his plan on the map."
    about how far away, far away, how far are, distance, kilometres, kilometers, miles away
      "Nobody knows exactly, Sparks. The Elbe is twenty-five miles east, and they're somewhere on the far side of it. Or this side, by now." He taps the pencil line. "You go five."
    about going east, why east, why going east, why are we going
      "To see what's out there before the Red Army turns up unannounced, Sparks." He taps the pencil line. "East, yes. Five miles of it. Then you come back and tell me."
    about elbe, elbe on the map, where is the elbe, river, where is the river, rivers
      "Here's the Mulde, Sparks, right outside that window." Ferris runs his pointer east across the map to a second, wider river. "And here's the Elbe: twenty-five miles east, give or take. That's where the Red Army is coming from." He taps the pencil line in between. "It is not where you are going. Five miles, Sparks."
    about strehla, where is strehla
      Ferris runs his pointer along the Elbe. "Strehla? Here, on the Elbe, a little upriver from Torgau. Twenty-odd miles past the end of your five, Sparks." He taps the pencil line. "You won't be going there."
    about where are we, where we are, show me, on the map, show me on the map, point, here, trebsen
      Ferris puts the tip of his pointer on a dot by the Mulde. "Trebsen. This mill, this bridge. The division holds the river from here to Wurzen." He draws the pointer east, to a pencil line not far away. "And that's as far as you go: five miles."
    about torgau, where is torgau, towns on the elbe
      Ferris finds it with his pointer: a town on the Elbe, up north-east of here, with a castle marked beside the river. "On the Elbe, Sparks, twenty-odd miles past the end of your five." He taps the pencil line. "You won't be going there."
    about front, what is a front, fronts, ukrainian front, belorussian front, army group
      "A front is what the Red Army calls an army group: several armies under one commander," Ferris says. "Marshal Konev has the 1st Ukrainian Front, Marshal Zhukov the 1st Belorussian. Ours would be General Bradley's 12th Army Group."
    about berlin, go to berlin, want to go to berlin, not go to berlin, why not berlin, take berlin, eisenhower, ike, map, arrows
      "Not our objective." He points at the blue arrows: Leipzig, Dresden, not Berlin. "The word is General Bradley reckoned Berlin could cost a hundred thousand men, and it lies in the area the Russians are to occupy anyway. So Ike stopped us on the Elbe and the Mulde. The rest is above my pay grade."
      unlock fact ike-cables-stalin
      unlock fact berlin-not-worth-it
      unlock fact halt-at-elbe-mulde
    about stalin, moscow, churchill
      Ferris gives a thin smile. "Whatever the generals have agreed with Moscow, they didn't tell a battalion captain. All I know is on that map." He taps the blue arrows. "They stop at the Elbe, and they were never meant to reach Berlin."
      unlock fact ike-cables-stalin
    about british, britain, english, angry, montgomery, monty, were the british angry
      Ferris gives a thin smile. "About Berlin? So the papers say. They wanted it, and Ike sent his main attack through the middle instead." He taps the blue arrows: Leipzig, Dresden, not Berlin. "That was settled a long way above a battalion captain."
      unlock fact ike-cables-stalin
    about hodges, general, first army
      "General Hodges commands First Army. His word for every patrol: if you meet the Russians, treat them nicely." Ferris shrugs. "Easy to say from headquarters."
      unlock fact treat-them-nicely
    about further, farther, beyond, go further, go farther, past five miles, past the limit, go past
      Ferris puts the pencil down. "Past five miles you're on your own, Sparks. Nobody can send help, because nobody knows where you are. And out there, a patrol that meets the Red Army unannounced is a patrol that might get shot at." He taps the pencil line. "So you stay inside it."
      if not briefed and ferris-questions < 2
        add 1 to ferris-questions
    about five miles, 5 miles, limit, mulde, why, how far, far allowed, allowed to go, far can, far may
      "Five miles. Eight kilometres. Beyond that, the division doesn't know where you are, and neither does the Red Army."
      if not briefed and ferris-questions < 2
        add 1 to ferris-questions
    about bridge, max hunger, hunger, wires, charges, trebsen, worker
      "The mill bridge? The town says a man from the mill, a Max Hunger, cut the wires to the demolition charges." He shrugs. "I can't confirm it. But the bridge is standing, and we drove over it."
    about tank, tanks, russian tank, soviet tank, turret, white band, band, vehicles, vehicle, white star, star
      "Their tanks carry a white band round the turret. Ours carry the white star," Ferris says. "It's on your signal card. Read it."
    about konev, who is konev, marshal konev
      "Marshal Konev commands the 1st Ukrainian Front: the Soviet armies we'll most likely meet out east. Some of his armies are attacking Berlin with Zhukov's." Ferris taps the map. "Whoever you meet, Sparks, be polite."
    about zhukov, who is zhukov, marshal zhukov
      "Marshal Zhukov commands the 1st Belorussian Front. His armies are attacking Berlin, with some of Konev's alongside." Ferris taps the map, well south of Berlin. "The Russians you'll meet out here are most likely Konev's, not his."
    about shoot, shooting, shoot at us, fire at us, shot, shoot first, russians shoot, russians shoot at us, they shoot at us, russians fire at us, what if they shoot
      Ferris looks up from the map. "They won't, if you fire green first and wait for red. Get it backwards and somebody gets shot. Read your card."
      if not briefed and ferris-questions < 2
        add 1 to ferris-questions
    about russians, soviets, red army, konev
      "Konev's people, we think, the 1st Ukrainian Front. Zhukov's front is attacking Berlin, and some of Konev's armies with it. Whoever they are, they've been fighting since 1941. Be polite."
      if not briefed and ferris-questions < 2
        add 1 to ferris-questions
    about reporters, press, correspondents, newspapers, talk, talking
      "You say: no comment. You say it like you mean it." Ferris taps the map. "If there's a meeting, the news comes out of Washington, London and Moscow together, not out of a patrol. It's in your patrol orders."
      if not briefed and ferris-questions < 2
        add 1 to ferris-questions
    about ask you something, question, can i ask, ask something
      Ferris looks up from the map. "Go ahead, Sparks. The map, the Russians, the signals, the five miles, the press: ask."
    about germans, german army, german soldiers, german, wehrmacht, still fighting, resistance, enemy, jerry, jerries, meet germans, meet german, dangerous, danger, is it dangerous, safe, is it safe
      "Between the Mulde and the Elbe? Stragglers, mostly, and men looking for somebody to surrender to," Ferris says. "Mostly. Somewhere out there they're still fighting. Keep your heads down past the five miles: that's one more reason not to go there."
    about after the war, future of germany, future
      "After the war?" Ferris nods at the map. "That's for the generals and the politicians, Sparks. They've got maps for that too. Mine stops at five miles."
    about where go, where exactly, where we go, where we going, where going, where to, destination, which way, route
      "East, with Lieutenant Kotzebue: Kühren this afternoon, then five miles out and no further." He taps the map. "Where exactly, inside those five miles, is the lieutenant's business. Where not is mine."
      if not briefed and ferris-questions < 2
        add 1 to ferris-questions
    about answer, answer red, no answer, no red, no reply, nobody answers
      "Then you stay where you are, keep your heads down, and fire green again," Ferris says. "Nobody walks toward anybody until red goes up. And you radio it in."
      if not briefed and ferris-questions < 2
        add 1 to ferris-questions
    about signals, flares, flare, flare gun, flare pistol, signal box, green, red, signal card, card, meet, meeting
      "Green is us. Red is them. Get it backwards and somebody gets shot. The flares ride in the signal box on the lieutenant's jeep. Read your card."
      if not briefed and ferris-questions < 2
        add 1 to ferris-questions
    about radio, coordinates, message, headquarters, hq, report
      "If you make contact, you radio it in at once, with map coordinates. Six figures. Check them twice. A contact nobody can find on the map is no use to anybody."
      if not briefed and ferris-questions < 2
        add 1 to ferris-questions
    about 69th, sixty-ninth, division, 273rd, regiment, reinhardt, corps, unit
      "The 69th Infantry Division, Sparks: General Reinhardt's, in V Corps, First Army. We hold the Mulde here and at Wurzen, and our patrols go five miles east. No further."
    about briefing, brief, plan, mission, task, job, today, orders, our orders, instructions
      {if briefed}"You've had the briefing, Sparks. Five miles, green for us and red for them, radio in, and not a word to reporters."{else}"Sit down, Sparks." He taps the map. "Patrols go five miles east of the Mulde and no further. If you meet the Red Army, fire green; they answer red. Then radio in your map coordinates at once." He adds: "And General Hodges says: treat the Russians nicely. Not a word to reporters."{end}
      set briefed
      set ferris-questions to 0
      unlock fact waiting-on-the-mulde
      unlock fact treat-them-nicely
    about kotzebue, lieutenant, patrol
      "Lieutenant Kotzebue takes his patrol out this afternoon, and you're his radioman. Keep him inside the five miles if you can." Ferris does not look as if he thinks you can.
    about war over, almost over, over soon, end of the war, war end, war ending, war nearly over
      "Close, Sparks. Closer every day." Ferris taps the pencil line. "Which is exactly why nobody wants a patrol shot up in the last week of it. Five miles."
    about anything else
      {if briefed}Ferris thinks about it, then shakes his head. "That's above a captain, Sparks. What I know is on this map: the Russians, the signals, the five miles, the press."{else}Ferris holds up a hand. "Briefing first, Sparks, then your questions." He taps the map. (TALK TO FERRIS to hear it.){end}
  person kotzebue "Lieutenant Kotzebue"
    nouns lieutenant, kotzebue, buck, men
    here Lieutenant Kotzebue leans in the doorway.
    A young first lieutenant, lean and restless, with a map case on his hip. The men call him Buck.
    talk
      "We go this afternoon. East to Kühren, and then we'll see what's out there." He glances at your radio. "Keep that thing working, Sparks. If we find anything, you'll be the one telling the world."
    about age, old, how old, birthday
      "Twenty-one, Sparks." He grins. "Old enough for a lieutenant, the army says. Don't tell the captain it feels otherwise."
    about before the war, before war, living, civilian, do after, will after, job back home, job at home, job home
      "Ask me that again when we're home, Sparks." He pats his map case. "Today I'm a lieutenant with a patrol and five miles. That's all the job I've got."
    about sad, seem sad, upset, unhappy, you ok, you okay, you alright, you all right
      "Not sad, Sparks. Impatient." He looks at the map, east past the pencil line. "Big difference."
    about get here, got here, come here, came here
      "Walked in the door, same as you." He grins. "Where we go from here is the interesting part."
    about speak, speak russian, russian language, language, interpreter, translate, kowalski
      "That's what Kowalski is for," Kotzebue says. "He's the patrol's Russian speaker. And Polowsky gets by."
    about russians, soviets, red army, russian
      "Everybody says they're close. Nobody's seen one." He grins. "I'd like to change that."
    about leading, lead, leader, in charge, command, who leads, leading the patrol, your patrol
      "I am. My patrol, my jeeps, and the captain's five miles." Kotzebue grins. "East to Kühren this afternoon, and then we'll see what's out there."
    about patrol, jeeps, plan, kuehren, kühren, kuhren, how many, men, many men, coming with, guys, how many guys, leave, leaving, when go, when do we go, set off, setting off, start, when start
      "East to Kühren this afternoon: a few dozen of us in the jeeps, whoever G Company can spare. After that, we'll see what's out there."
    about come, come with you, come along, join, can i come
      "You're my radioman, Sparks. You're coming whether you like it or not." He glances at your radio. "Bring that."
    about five miles, limit, orders
      "Five miles, says the captain." Kotzebue looks at the map, where the roads run on east to the Elbe. "We'll see how far five miles turns out to be."
    about elbe, river
      He glances at the map. "Twenty-five miles. A good deal further than five."
    about flares, flare, signals, signal, green, red, signal box, signal card, card
      "{if briefed}You heard the captain: green for us, red for them.{else}Green for us, red for them. The captain's about to tell you all about it.{end}" Kotzebue pats his map case. "The flares ride in the signal box on my jeep. When we see the Red Army, I want green in the air before anybody walks toward anybody."
    about radio, sparks
      "If we find anything, you're the one who tells the world. Keep it dry."
    about battles, battle, fought, fighting, combat, action
      "Enough to know I'd rather not count them," Kotzebue says. "Ask me when this is over, Sparks."
    about why buck, why are you called buck, why do they call you buck, why do you call yourself buck
      Kotzebue shrugs. "It stuck, Sparks. Things do, in the army." He grins. "Better than Albert."
    about buck, nickname, first name, albert
      "Albert, on paper," he says. "Everybody calls me Buck."
    about home, where from, family, hometown
      "The States, same as you, Sparks." Kotzebue glances at the map, and then east, past it. "Today, the 273rd Infantry. Tonight, Kühren. Home can wait till this is over."
    about 69th, sixty-ninth, division, 273rd, regiment, unit
      "69th Infantry Division, 273rd Regiment. We hold the Mulde and look east." He grins. "Five miles of it, anyway."
    about where are we going, where we going, where are we headed, where to, going where, where do we go
      "East to Kühren, Sparks, like I said." He taps the map. "After that, wherever the road goes."
    about find, will find, we find, expect, what will we find, what do you think we will find
      "Russians, if we're lucky." He grins at the map. "Germans who want to give up, if we're not."
    about scared, afraid, nervous, frightened, fear
      "Scared? Mostly of the captain's five miles." He grins. "Ask me again at the river."
    about ride, ride with you, your jeep, which jeep, ride with
      "Not with me, Sparks: second jeep, with Ortiz. The radio rides where I can shout at it." He grins. "That's close enough."
    about anything else
      "Ask me when this is over, Sparks."{if briefed} He picks up his map case. "We leave this afternoon."{else} He nods toward the captain. "Listen to the briefing first."{end}
  on why do they call you buck, why are you called buck, why do people call you buck, why do they call him buck, why is he called buck, why do they call kotzebue buck
    only if kotzebue is here
    Kotzebue shrugs. "It stuck, Sparks. Things do, in the army." He grins. "Better than Albert."
  on sit, sit down, sit on {desks}, sit at {desks}, take a seat, take seat
    You perch on the corner of a desk. Ferris doesn't look up: he is already tapping the map.
  on listen to {ferris}, listen to briefing, hear briefing, attend briefing, get briefing, get briefed, listen
    {if briefed}"You've had the briefing, Sparks. Five miles, green for us and red for them, radio in, and not a word to the press."{else}"Sit down, Sparks." He taps the map. "Patrols go five miles east of the Mulde and no further. If you meet the Red Army, fire green; they answer red. Then radio in your map coordinates at once."{end}

    {if not briefed}"And General Hodges says: treat the Russians nicely. Not a word to the press."{end}{if not briefed and not knows ike-cables-stalin} He jerks a thumb at the wall map. "And look at those arrows before you go, Sparks. They're why we're sitting on the Mulde."{end}
    set briefed
    set ferris-questions to 0
    unlock fact waiting-on-the-mulde
    unlock fact treat-them-nicely
  on examine {wall-map}, x {wall-map}, look at {wall-map}, read {wall-map}, study {wall-map}
    Blue arrows sweep across Germany from the west toward Leipzig and Dresden, not Berlin. They stop at two pencil lines: the Mulde, where you are, and the Elbe, twenty-five miles east.

    unlock fact ike-cables-stalin
    unlock fact berlin-not-worth-it
    unlock fact halt-at-elbe-mulde

scene road-east "The Road East"
  when 24 April 1945, afternoon
  where East of the Mulde
  fact road-full-of-refugees
  hint The handcart is blocking the road. Try PUSH CART.
    only if not cart-freed
  hint You could talk to the woman with the handcart, or to the man on the milestone. When you're ready, go EAST.
  The jeeps crawl east against a stream of people going west: refugees with handcarts and prams, freed prisoners of war, forced labourers calling out in Polish, Russian and French. {if cart-freed}The handcart stands at the roadside now.{else}By a wood the jeeps stop: a handcart is stuck in a rut, and a woman and a small girl are trying to free it. Ortiz drums on the wheel.{end}

  exit east to kuehren "toward Kühren"
    only if cart-freed and holding radio, else "{if not cart-freed}The handcart still blocks the lane, and the jeeps can't get round it in this mud.{if not holding radio} (And you're not going anywhere without your radio.){end}{else}You're not going anywhere without your radio.{end}"
    By evening you reach Kühren, and Kotzebue calls a halt.
  on honk, honk horn, hoot, hoot horn, beep, beep horn, sound horn, press horn, blow horn, toot horn, use horn, honk {road-jeeps}, sound {road-jeeps}, honk at {pietsch}, honk at {handcart}, honk at {refugees}
    {if cart-freed}You give the horn a tap, and for once it answers: a short, cheerful bleat. {if pietsch-named}Frau Pietsch{else}The woman{end} lifts a hand from the roadside. The way is clear: EAST.{else}You reach over and press the horn. It gives a strangled bleat; {if pietsch-named}Frau Pietsch{else}the woman{end} flinches, the girl ducks behind the handcart, and people all along the road turn to stare. Ortiz moves your hand off the horn. "A horn won't get that wheel out of the mud, Sparks," he says. "Push." PUSH CART.{end}
  on ignore {pietsch}, ignore them, ignore {handcart}, drive on, drive past, drive round, drive around, go round, go around {handcart}, ignore them and drive on
    {if cart-freed}The way is clear now: EAST.{else}Ortiz looks at the cart, then at you. "Can't get round it anyway, Sparks. Not in this mud." PUSH CART.{end}
  on guten tag, hallo, say guten tag, say hallo, guten tag {pietsch}, hallo {pietsch}, guten tag {striped-man}, hallo {striped-man}, say guten tag to {pietsch}, say hallo to {pietsch}, say guten tag to {striped-man}, guten morgen, say guten morgen
    "Guten Tag," you try. {if pietsch-named}Frau Pietsch{else}The woman{end} looks up, surprised at the German, and nods. "Guten Tag." The man on the milestone only raises his eyes, and lowers them again.
  on how old is your daughter, how old is lotte, how old is the girl, how old is the little girl, how old is she
    "Six," {if pietsch-named}Frau Pietsch{else}the woman{end} says, and puts a hand on the girl's head. "Lotte is six. She walked the whole way, nearly."
    set lotte-named
  on where are you going, where r u going, where are u going, where you going, where will you go
    only if talking to pietsch
    "West," {if pietsch-named}Frau Pietsch{else}the woman{end} says. "Where the Americans are. A school for Lotte." She shrugs. "After that, I don't know."
  on ask {striped-man} where he is going, ask {striped-man} where he goes, where are you going, where r u going, where are u going, where you going, where will you go
    only if striped-man is here
    He lifts a hand toward the west, where the people are walking, and lets it fall. "Weg," he says: away. "Nur weg." Then he stays sitting on his milestone, as if the road could wait a little longer.
  on is there anything i can do for him, can i do anything for him, what can i do for him, how can i help him, can we do anything for him, is there anything we can do for him, can we help him
    You crouch by the milestone and ask him, in the little German you have. He looks at you for a long moment and shakes his head, very slightly. "Danke," he says. What a patrol can do for him on this road is leave him in peace, and both of you know it.
  on sorry, say sorry, apologise, apologize, say sorry to {striped-man}
    The man on the milestone looks at you for a long moment, and nods.
  thing road-east-road "road"
    nouns road, lane, rut, mud
    fixed
    A muddy country road, full of people walking west.
  thing handcart "handcart"
    nouns cart, handcart, wheel, bed, birdcage, cage, belongings, ropes
    fixed
    {if cart-freed}A wooden handcart, out of the rut now and standing at the side of the road, caked with mud to the axle.{else}A wooden handcart with one wheel sunk to the hub in mud.{end} Everything the family owns seems to be tied onto it: a feather bed, a sewing machine, a birdcage with no bird.
  thing refugees "refugees"
    nouns refugees, people, crowd, tide, prams, pram, wagons, wagon, labourers, prisoners, workers, stream, handcarts, russian, russians, french, poles
    fixed
    Families from Silesia and further east with everything they could carry, freed prisoners of war, forced labourers deported here from half of Europe. Almost everyone is heading west.
  thing milestone "milestone"
    nouns milestone, stone, town, letters, inscription, distance
    fixed
    A worn stone with the distance to the next town cut into it, in old-fashioned letters worn soft by the weather. The man in the striped jacket sits on it as if he has been there a long time.
  on read {milestone}
    A name and a number of kilometres, cut deep into the stone. The man in the striped jacket sits over most of the name, and you don't ask him to move. The number you can make out says the next town is not far.
  thing wood "wood"
    nouns wood, trees
    fixed
    Pines and birches, still bare in places. The road dips past them into the mud.
  thing road-jeeps "jeeps"
    nouns jeep, jeeps, horn, star, stars, bonnet, hood
    fixed
    {if cart-freed}The patrol's jeeps, engines running, ready to go on east.{else}The patrol's jeeps, stopped nose to tail behind the stuck handcart.{end} A white star is painted on each bonnet.
  person kotzebue-road "Lieutenant Kotzebue"
    nouns kotzebue, lieutenant, buck, officer
    here {if in trebsen}{end}
    Kotzebue, in the lead jeep, watching the road ahead.
    talk
      {if cart-freed}"Kühren by dark, Sparks," Kotzebue calls back from the lead jeep. "Mount up."{else}"Get that cart out of the road, Sparks," Kotzebue calls back from the lead jeep.{end}
    about age, old, how old, birthday
      "Twenty-one, Sparks. Old enough for a lieutenant, the army says." He looks back at the road. "Ask me the rest when this is over."
    about before the war, before war, living, civilian, do after, will after, family, job back home, job at home, job home
      "Ask me that again when we're home, Sparks." He almost smiles. "Today I've got a patrol, and that's all the job I've got."
    about sad, seem sad, upset, unhappy, you ok, you okay, you alright, you all right
      "Not sad, Sparks. Impatient." He looks east. "Big difference."
    about help, help him, help them, help her, man, woman, refugees, people, cart, prisoner
      {if cart-freed}"We gave them the road back, Sparks. That's what a patrol can do today," Kotzebue calls from the lead jeep. "Mount up."{else}"Help? Get that cart out of the road, Sparks," Kotzebue calls back. "That helps them and us both."{end}
    about home, where from, hometown
      "The States, same as you, Sparks," Kotzebue calls back from the lead jeep. "Today, the 273rd Infantry." He looks east. "Tonight, Kühren."
    about anything else
      Kotzebue calls back from the lead jeep without turning round: "When this is over, Sparks. Eyes on the road."
  person brennan-road "Sergeant Brennan"
    nouns sergeant, sarge, brennan
    here {if in trebsen}{end}
    Brennan, in the lead jeep beside the lieutenant, {if cart-freed}sitting down again{else}standing up to see what the hold-up is{end}.
    talk
      {if cart-freed}"Nice work, Sparks," Brennan calls from the lead jeep. "Now mount up."{else}"What are you waiting for, Sparks, a band?" Brennan calls from the lead jeep. "Get that cart out of the road."{end}
    about come, coming, join, along, with us, you coming
      "Coming? I'm right here in the lead jeep, kid, where I always am." He jerks his thumb at the cart. "{if cart-freed}Mount up.{else}Push.{end}"
    about help, help him, help them, help her, man, woman, girl, refugees, people, cart, handcart
      {if cart-freed}"That's the army at its best, kid: one cart out of one rut." He sits down again. "Mount up."{else}"Help them by getting that cart out of the rut, kid. Then they can walk and we can drive."{end}
    about scared, afraid, nervous, frightened, sad, seem sad, you ok, you okay, you alright, you all right, tired
      "Me? I'm fine, kid.{if cart-freed} Now mount up.{else} Ask me again when there's no cart in the road.{end}"
    about age, old, how old, home, where from, family, mother, ohio
      "Twenty-eight, kid, from Ohio, with a mother who writes every week," Brennan calls from the lead jeep. "Satisfied? {if cart-freed}Now mount up.{else}Now push.{end}"
    about anything else
      "Later, Sparks," Brennan calls from the lead jeep. "{if cart-freed}Kühren by dark.{else}First the cart.{end}"
  person ortiz-road "Ortiz"
    nouns ortiz, driver
    here {if cart-freed}Ortiz wipes mud off his hands.{end}
    Your driver, with mud on his boots and a tune stuck in his head.
    talk
      {if cart-freed}"Nice work," Ortiz says. "My back will never forgive you."{else}"We're not getting round that cart, Sparks. Not in this mud." He climbs out. "Give me a hand and we'll push it out."{end}
    about food, hungry, eat, feed, chocolate, give them food, food for them
      {if holding chocolate}Ortiz pats his pockets and comes up empty. "Ate mine at Trebsen, Sparks. You've got a chocolate bar, though." He nods at the girl. "Go on."{else}Ortiz pats his pockets and comes up empty. "Nothing left, Sparks. You gave yours already: that's more than most."{end}
    about do after, will after, before the war, before war, job back home, job at home, job home
      "My uncle's garage in San Antonio, before. Same garage, after." Ortiz grins. "In between, this jeep.{if not cart-freed} And this cart. Push.{end}"
    about age, old, how old
      "Old enough to push carts, Sparks. Young enough to get told which one."{if not cart-freed} He nods at the wheel. "That one."{end}
    about lotte, girl, little girl, daughter, child, kid, kids
      Ortiz looks at the {if lotte-named}little girl, Lotte,{else}little girl{end} peeking out from behind her mother's coat at the star on the jeep. "Kids always look at the star, Sparks. Back home they'd be asking for gum." {if holding chocolate}He nods at your pocket. "You've got a chocolate bar, though. Go on."{else}{if cart-freed}He climbs back behind the wheel.{else}He puts his shoulder to the cart. "Best thing we can do for her is get this out of the rut. Push."{end}{end}
    about home, family, where from, mother, mom, girlfriend, san antonio
      "San Antonio, Texas," Ortiz says{if not cart-freed}, his shoulder already against the cart{end}. "My mother still thinks I drive a truck for the post office."
    about refugees, people, road, prisoners, labourers, cart, handcart, woman, girl, man
      Ortiz watches them pass. "Half of Europe on one road, Sparks, and all of it walking the other way." {if cart-freed}He climbs back behind the wheel.{else}He nods at the cart. "Starting with that one. Push."{end}
    about drumming, drum, drums, tune, song, music, whistling, whistle, fingers
      Ortiz looks at his hands as if they had been drumming without him. "Keeps the engine happy, Sparks. Keeps me happy too." {if cart-freed}He drums the rest of the tune on the wheel.{else}Then he nods at the cart. "Push first. Music after."{end}
    about drive, driving, can i drive, let me drive, wheel, steer
      {if cart-freed}"You? My jeep?" Ortiz grins. "When you can carry that radio and steer at the same time, Sparks. Hop in."{else}"Drive where? Nobody's getting round that cart." Ortiz nods at it. "Push first, then we'll argue about the wheel."{end}
    about ride, give them a ride, lift, give them a lift, take them, drive them, room, room for them
      Ortiz looks at the cart, the feather bed, the sewing machine, and shakes his head. "In a jeep full of radio and jerrycans, Sparks? And they're going west; we're going east." He nods at the rut. "{if cart-freed}We gave them the best ride we had: out of the mud.{else}Best ride we can give them is out of that. Push.{end}"
    about war, the war, think of the war, fighting, war over, end of the war
      Ortiz looks at the cart, and at the people walking past it. "This is the war too, Sparks. Half of it is people walking somewhere with everything they own." {if cart-freed}He climbs back behind the wheel.{else}He spits on his hands. "Push."{end}
    about excited, happy, scared, afraid, nervous, feel, feeling
      "Ask me at the Elbe, Sparks." Ortiz grins. "Right now I feel muddy."{if not cart-freed} He nods at the cart. "Push."{end}
    about jeep, jeeps, car, what car, that car, vehicle, truck
      "A jeep, Sparks. Army issue, and this one's mine." He pats the hood. "{if cart-freed}She's not stuck. That cart was.{else}She can't get round that cart. Push.{end}"
    about anything else
      {if cart-freed}Ortiz thinks about it, drumming on the wheel. "Beats me, Sparks. I'm a driver: ask me about the jeep, or San Antonio."{else}Ortiz hears you out with his shoulder already against the cart. "Good question, Sparks. Ask me when this thing's out of the rut." He nods at the wheel. "Push."{end}
  person pietsch "Frau Pietsch"
    nouns pietsch, woman, mother, frau, lady
    called "the woman" until pietsch-named
    here {if cart-freed}{if pietsch-named}Frau Pietsch{else}The woman{end} is retying her ropes.{end}
    A woman of about forty in a man's overcoat, her face grey with tiredness.
    talk
      "From Silesia," she says, slowly, so you will understand. "Three weeks walking. Everybody goes west, so we go west." She looks at your jeeps, then at the road behind you. "Is it far, to your side of the river?"
    about family, children, kids, your family
      "Lotte," she says, and puts a hand on the girl's head. "And her father, somewhere. A soldier. No letter for a long time."
    about how old is your daughter, daughter old, old is lotte, lotte old, old is she, old is the girl, girl old, her age, daughters age, lottes age
      "Six," she says, and puts a hand on the girl's head. "Lotte is six. She walked the whole way, nearly."
      set lotte-named
    about age, old, how old
      She almost laughs. "Forty. Today I feel a hundred."
    about before the war, before war, living, job back home, job at home, job home
      "A small farm near the Oder. Cows, potatoes, a garden." She looks east. "Lotte was born there."
    about do after, will after, where will you go, going to go, where go, where going, go, going
      "West," she says. "Where the Americans are. A roof, and a school for Lotte." She shrugs. "After that, I don't know."
    about sad, seem sad, upset, unhappy, you ok, you okay, you alright, you all right
      "Tired," she says. "Everybody on this road is tired." She tries to smile for Lotte's sake.
    about get here, got here, come here, came here
      "Walking. Three weeks, with the cart." She looks at the stuck wheel. "Sometimes a farmer's wagon, for a day."
    about died, dead, killed, how many died, how many people, people died
      "Died?" She pulls Lotte closer against her coat. "Not in front of the child," she says quietly, and asks nothing more.
    about americans, trebsen, far, close, near, bridge, mulde, river, lines, way
      You point back down the road, west, to Trebsen on the Mulde, where the Americans are. "Not far," you tell her. The woman nods slowly and tightens the rope on the cart. "Danke."
    about ride, lift, jeep, jeeps, come with us, car
      "You go east," she says, and shakes her head. "We go west. Danke."
    about leave, left, why leave, fled, flee, run away, ran away
      "The front came," she says quietly. "Everybody in the village packed what they could carry and went west, away from it. We did not want to stay and see." She looks at Lotte and says no more.
    about silesia, home, schlesien, oder
      "Silesia. A village near the Oder." She looks back east, the way she came. "There is nothing there now to go back to."
    about why is everyone afraid, why afraid, everyone afraid, afraid of what, afraid, scared, fear, frightened
      "Of the front," she says. "Of what comes behind it. Of the next village, the next night." She looks at Lotte. "You do not ask that on this road. Everyone knows."
    about russians, soviets, east
      "Everyone is afraid," she says. "Everyone on this road." She does not say of what, exactly.
    about army, wehrmacht, soldier, in the army, front, fighting
      She nods, once. "In the East, the last letter said. That was in the winter." She looks at Lotte, and says no more about it.
    about husband, father, dad, lottes father, lottes dad, your husband
      She does not answer at once. "A soldier," she says at last. "No letter for a long time." She pulls the rope tight.
    about lotte, girl, daughter, child
      "Lotte. Six years old. She walked the whole way, nearly."
      set lotte-named
    about name, your name, her name, girls name, girl's name, daughters name
      "Pietsch," she says. "Frau Pietsch." She puts a hand on the girl's head. "And this is Lotte."
      set pietsch-named
      set lotte-named
    about hungry, hunger, food, eat, need, help, need help, need food
      {if cart-freed}She looks at Lotte before she answers. "The child is hungry," she says. "For me it doesn't matter."{else}She looks at the stuck wheel, then at you. "The cart," she says. "If you could..."{end}
    about birdcage, bird, cage, empty cage
      She sees you looking at the empty cage. "The bird died on the way," she says. "Lotte would not leave the cage behind."
    about west, going west, why west, where, where going
      "West," she says. "Everybody says west. Where the Americans are, it will be better." She looks at the girl. "It has to be."
    about anything else
      She shakes her head; she is too tired for questions.{if not cart-freed} She looks at the cart, and then at you.{end}
  person lotte "Lotte"
    nouns lotte, girl, child, shoes
    adjectives little, small, young
    called "the girl" until lotte-named
    here {if cart-freed}Her daughter{if lotte-named} Lotte{end} sits on top of the cart.{end}
    A girl of about six in a coat too big for her, with a knitted hat and muddy shoes.
    talk
      She hides behind her mother's coat, then peeks out again at the star on your jeep.
    about age, old, how old, birthday
      Lotte holds up six fingers, and then hides behind her mother's coat again.
    about family, mother, mama, mom, mum
      Lotte takes hold of her mother's coat and holds on. That is her answer.
    about sad, seem sad, upset, unhappy, you ok, you okay, you alright, you all right
      She looks at you from behind the coat and says nothing. Her mother strokes her hair. "She is tired. We all are."
    about do after, will after, get here, got here, where going, where go
      "Walking," her mother answers for her. "All the way from Silesia. And now west, to the Americans."
    about name, your name
      She hides behind her mother's coat. "Lotte," her mother says for her. "She is shy."{if not pietsch-named} "I am Frau Pietsch."{end}
      set lotte-named
      set pietsch-named
    about dad, father, papa, daddy, your dad
      Lotte looks up at her mother, who answers for her, quietly: "A soldier. No letter for a long time."
    about silesia, home, schlesien, oder, leave, left, why leave
      Lotte looks up at her mother, who answers for her. "Silesia. A village near the Oder. There is nothing there now to go back to."
    about anything else
      She doesn't answer. She looks at the white star on the jeep, and then, for a long moment, at you.
  person striped-man "man in the striped jacket"
    nouns man, prisoner, jacket, cap
    adjectives thin, striped
    here A thin man in a striped jacket sits on a milestone, very still.
    His jacket and trousers are striped grey and blue, the clothes of a concentration-camp prisoner. He is so thin that his cap seems too big for his head.
    talk
      In careful German and with his hands he tells you enough: many of them on the road, guards driving them on, and then one morning the guards ran away. He does not say what happened to the others.
    about age, old, how old
      He shrugs, as if the question belonged to another life.
    about before the war, before war, living, job back home, job at home, job home
      He looks at his hands for a while. "Schneider," he says: a tailor. "Vorher." Before. He does not say before what.
    about do after, will after
      He looks west, down the road. "Nach Hause," he says: home. "Wenn es das noch gibt." If there still is one.
    about get here, got here, come here, came here
      "Walking," he says. "Many days. The guards drove us east, away from your army." He looks down the road. "Then one morning, no guards." He says nothing more.
    about sad, seem sad, upset, unhappy
      "Es geht," he says: I'm managing. But he is very thin, and he is watching the road, not you.
    about war, war over, almost over, over, end, peace
      "Vorbei?" he says: over. He looks down the road at the people walking west, and does not look as if he believes it yet.
    about doctor, doctors, medic, hospital, arzt, medicine, sick, ill
      "Nein." He shakes his head quickly. "Kein Arzt. Es geht." No doctor; he is managing. He has had enough, it seems, of being taken anywhere.
    about where are you going, where you going, going where, where will you go, where do you go
      He lifts a hand toward the west, where the people are walking, and lets it fall. "Weg," he says: away. "Nur weg." Then he stays sitting on his milestone, as if the road could wait a little longer.
    about going, where going, where, go, destination, ride, lift, jeep, jeeps, come with us, car
      You point at the jeep. He looks at it, and at the white star on the bonnet, for a long time. "Nein. Danke." He stays on his milestone, and watches the road going west.
    about camp, camps, lager, stripes, concentration, prisoner, where were you a prisoner, where held, which camp
      He touches the striped sleeve. "Lager," he says quietly: camp. He does not say which one, and you do not ask. Some things a man tells when he is ready, or never.
    about march, guards, road, walking, others
      "Walking," he says. "Many days. The guards drove us east, away from your army." He looks down the road. "Then one morning, no guards." He says nothing more.
    about home, family
      He looks east, then west, as if he is not sure which way home lies any more. "Später," he says. Later.
    about food, hunger, hungry, eat, want food, bread, chocolate
      {if holding chocolate}He looks at the chocolate showing in your pocket, and then away, down the road. "Ein bisschen," he says: a little. He will not ask.{else}"Danke. Nein." He shakes his head: he has had something, or he will not say if he hasn't.{end}
    about help, ok, okay, alright, all right, well, hurt, sick, feeling
      "Es geht," he says: I'm managing. But he is very thin, and he is watching the road, not you.
    about anything else
      He looks at you for a while, then shakes his head gently. Perhaps he did not understand; perhaps he is simply too tired. He goes on watching the road.
  on where is silesia, wheres silesia, where's silesia, where is schlesien, where is that, what is silesia, ask {pietsch} where silesia is, ask {pietsch} where is silesia, ask {pietsch} where that is, how far is silesia, is silesia far
    {if pietsch-named}Frau Pietsch{else}The woman{end} points back along the road, east. "Schlesien. Silesia. Far that way, past Dresden, on the Oder. Three weeks walking."
  on answer {pietsch}, say no, say not far, say yes, tell {pietsch} about trebsen, tell {pietsch} not far, point west, point to trebsen, point back
    You point back down the road, west, to Trebsen on the Mulde, where the Americans are. "Not far," you tell her. The woman nods slowly and tightens the rope on the cart. "Danke."
  on push {handcart}, lift {handcart}, pull {handcart}, move {handcart}, free {handcart}, help {pietsch}, help {ortiz-road}, push cart, lift cart, push, i will push {handcart}, i will help you, i will help, let me push {handcart}, let me help, let me help you, we will help you, we will push {handcart}, i can push {handcart}, i can help
    if cart-freed
      The cart is out of the rut already, standing at the side of the road. The way east is clear.
    else
      You and Ortiz heave. On "three", in German and in English, the wheel comes out of the rut. The woman nods to you.
      set cart-freed
  on give {chocolate} to {lotte}, give {chocolate} to {pietsch}, share {chocolate} with {lotte}, share {chocolate} with {pietsch}
    The girl looks at her mother, who nods. The chocolate disappears into the too-big coat. "Danke," says the mother, for both of them.{if not pietsch-named} "I am Frau Pietsch. And this is Lotte."{end}
    remove chocolate
    set pietsch-named
    set lotte-named
  on give {chocolate} to {striped-man}, share {chocolate} with {striped-man}
    He takes the chocolate, turns the bar over in his hands, and puts it carefully into his pocket. He does not eat it now. Maybe he has learned to keep things.
    remove chocolate
  on give {cigarettes} to {pietsch}, offer {cigarettes} to {pietsch}, share {cigarettes} with {pietsch}
    {if pietsch-named}Frau Pietsch{else}The woman{end} hesitates, then takes three and tucks them inside her coat. "Better than money now," she says quietly. "A farmer will trade for cigarettes." She hands the pack back. "Danke."
  on give {cigarettes} to {striped-man}, share {cigarettes} with {striped-man}
    He takes one, and hands the pack back. "Danke."
  on take {striped-man} to doctor, take {striped-man} to a doctor, offer to take {striped-man} to doctor, offer to take {striped-man} to a doctor, get {striped-man} a doctor, find a doctor, get a doctor, call a doctor, find doctor, get doctor, call doctor, fetch a doctor, fetch doctor
    "Nein." He shakes his head quickly. "Kein Arzt. Es geht." No doctor; he is managing. He has had enough, it seems, of being taken anywhere.
  on get in {road-jeeps}, get into {road-jeeps}, board {road-jeeps}, drive {road-jeeps}, sit in {road-jeeps}, sit down in {road-jeeps}
    {if cart-freed}The way is clear: EAST, toward Kühren.{else}Nobody is driving anywhere until that handcart is out of the rut. PUSH CART.{end}

  on why is there a birdcage with no bird, why is there a birdcage, why is the birdcage empty, where is the bird, what happened to the bird, why birdcage, why an empty birdcage
    {if pietsch-named}Frau Pietsch{else}The woman{end} sees you looking at the empty cage. "The bird died on the way," she says. "Lotte would not leave the cage behind."
  on ask {ortiz-road} to wait, ask {ortiz-road} to stop, ask {ortiz-road} to hold on, ask {ortiz-road} to wait here, ask {ortiz-road} to wait for me
    {if cart-freed}Ortiz switches off and drums on the wheel. "Waiting's the one thing the army taught me, Sparks. Say when." (When you are ready: EAST.){else}"Wait? Sparks, nobody's going anywhere until that cart's out of the rut." He nods at the wheel. "Push."{end}
  on order {ortiz-road}, ask {ortiz-road} to start {road-jeeps}, ask {ortiz-road} to start engine, ask {ortiz-road} to start the engine
    {if cart-freed}"Wherever you point, Sparks. EAST, the lieutenant says."{else}"Round that? Not in this mud, Sparks." Ortiz nods at the cart. "Push."{end}
  on where is she going, where is she going to, where are they going, where are they all going, where are they going to, where is {pietsch} going
    "West," {if pietsch-named}Frau Pietsch{else}the woman{end} says, when you point down the road. "To the Americans. After that..." She shrugs, and looks back at the cart.
  on where is he going, where is the man going, ask {striped-man} where he is going, ask {striped-man} where he goes, where does he go, where is he going to
    You point at the jeep. He looks at it, and at the white star on the bonnet, for a long time. "Nein. Danke." He stays on his milestone, and watches the road going west.
  on can we give the man a ride, can we give him a ride, tell {ortiz-road} we should help the man, tell {ortiz-road} to give the man a ride, can we take him with us, can we take the man with us
    "We're going east, Sparks, and he's going west," Ortiz says. You point at the jeep anyway. The man looks at it, and at the white star on the bonnet, for a long time. "Nein. Danke." He stays on his milestone, and watches the road going west.

scene kuehren "Kühren"
  when 24 to 25 April 1945, evening to dawn
  where A farm at Kühren
  hint Talk to the people in the barn. Ask Marcel about the Russians.
    only if not heard-rumour
  hint Tell Lieutenant Kotzebue what you heard: TALK TO KOTZEBUE.
    only if not decided
  hint Get some rest before morning: SLEEP.
    only if not slept
  hint It's morning. Go EAST with the patrol. (If you radio headquarters now, the patrol will be called back.)
  A farmyard {if slept}in the grey first light{else}at dusk{end}. Freed prisoners of war and forced labourers fill the barn, talking in five languages.

  {if slept}The jeeps are warming up in the lane.{end}
  exit east to leckwitz "with the patrol"
    only if slept and holding radio, else "{if not decided}The patrol isn't going anywhere tonight. {if heard-rumour}Kotzebue is still waiting for news of the Russians: tell him what Marcel said.{else}Kotzebue is waiting for news of the Russians, and so is everybody else. Ask around the barn.{end}{else}{if not slept}The patrol moves at first light. Get some sleep: you'll need it.{else}You're not going anywhere without your radio.{end}{end}"
    The jeeps head east. The five-mile line is behind you now, and nobody mentions it. Late in the morning you reach Leckwitz.
  on sorry, say sorry, apologise, apologize, say sorry to {olena}, apologise to {olena}
    {if heard-olena}Olena nods without looking up. "Danke," she says quietly.{else}Nobody here needs an apology from you. Marcel waves his razor: "Ça va, ça va."{end}
  on bonjour, bonjour {marcel}, salut, salut {marcel}, say bonjour, say bonjour to {marcel}, say salut to {marcel}, ca va, ca va {marcel}, greet {marcel} in french, say hello in french
    "Bonjour!" Marcel lowers his razor, delighted. "Bonjour, bonjour! An American who speaks French!" He laughs when you shake your head. "Five years," he says in English, and holds up a whole hand. "Five years, and now everybody is free at once."
  on has anyone seen a russian, has anybody seen a russian, has anyone seen the russians, has anybody seen the russians, has anyone seen russians, anyone seen a russian, anyone seen russians, has anyone here seen a russian, did anyone see a russian, anybody seen russians
    {if heard-rumour}Shrugs in five languages, and then everybody points at Marcel: he has told you already. Cavalry, at the Elbe near Strehla, the Poles on the next farm swear it.{else}You ask the barn. Shrugs in five languages; nobody here has seen one. Then somebody points at Marcel: ask the Frenchman, he has news.{end}
  on merci, merci {marcel}, say merci, say merci to {marcel}, merci beaucoup
    "De rien," says Marcel, and bows with his razor. "It is nothing."
  on pryvit, pryvit {olena}, say pryvit, say pryvit to {olena}, dobryi den, dobryi den {olena}, say dobryi den, greet {olena} in ukrainian, say hello in ukrainian
    Olena looks up at the word from home, and for a moment she almost smiles. "Dobryi den," she answers quietly.
  on dyakuyu, dyakuyu {olena}, say dyakuyu, spasibo {olena}, say spasibo to {olena}
    Olena nods. "Nema za shcho," she says: it's nothing.
  on ciao, ciao {barn-groups}, buongiorno, say ciao, hallo {barn-groups}, goedendag, dag, dzien dobry {barn-groups}, czesc, greet {barn-groups}
    Hands wave from the hay: "Ciao!" "Dag!" "Dzień dobry!" Everybody greets you in a different language, and laughs.
  thing barn "barn"
    nouns barn, hayloft, loft, hay, shed, lanterns, lantern, farmyard, yard, farm
    fixed
    {if slept}The barn in the grey morning: trampled hay, blankets being rolled up, somebody singing in French.{else}Lanterns hang from the beams. People sit and lie in the hay in little groups: French, Dutch, Polish, Ukrainian, Italian. Everybody is talking about going home.{end}
  on switch off {barn}, turn off {barn}, switch {barn} off, turn {barn} off, put out {barn}, blow out {barn}, make {barn} off, extinguish {barn}
    {if slept}It is daylight already, and somebody has put the lanterns out.{else}The lanterns belong to the farm and to the people in the hay, and nobody wants the barn dark yet. When you are ready to sleep: SLEEP.{end}
  on west, go west, drive west, go back to trebsen, drive back to trebsen
    {if slept}The jeeps are pointed east, and so is the lieutenant. Trebsen is behind you, and the patrol goes EAST.{else}Not tonight. The patrol sleeps here in Kühren, and the lieutenant wants to know what is out east before anybody turns round.{end}
  person barn-groups "people in the barn"
    nouns dutchman, dutchmen, dutch, italians, italian, ukrainians, ukrainian, poles, groups, prisoners, labourers, laborers, people, pows, crowd
    adjectives forced
    here {if in trebsen}{end}
    Little groups in the hay, each in its own language: Dutch, Polish, Ukrainian, Italian, French.
    talk
      A Dutchman offers you a place in the hay, an Italian a sip from a canteen. Everybody asks the same thing in five languages: when can we go home? Nobody knows anything about the Russians except the Frenchman, Marcel, who says he has news.
    about russians, soviets, elbe, river, cavalry, seen russians, seen
      Shrugs in five languages. Somebody points at Marcel: ask the Frenchman, he has news.
    about home, going home, holland, italy, poland, ukraine
      "Home," says the Dutchman, and the word is the same in every language in the barn. "When? That is the question."
    about anything else
      They answer in Dutch, Italian and Polish all at once, and laugh, and point at Marcel: he speaks English.
  on give {cigarettes} to {marcel}, offer {cigarettes} to {marcel}, give {cigarettes} to {barn-groups}, offer {cigarettes} to {barn-groups}, give {cigarettes} to {olena}, offer {cigarettes} to {olena}
    The pack goes round the barn and comes back to you lighter by a few. Marcel tucks his behind his ear. "For the train to Lyon," he says gravely. Olena shakes her head and smiles: she doesn't smoke.
    set shared-cigarettes
  on listen, listen to {barn-groups}, listen to people, listen to conversations, listen to talk, eavesdrop
    {if slept}Blankets being rolled up, somebody singing in French, the jeeps warming up in the lane. Nobody is talking about anything but going home.{else}Dutch in one corner, Italian and Polish in the hay, Ukrainian in a low voice by the lantern: everybody is talking about going home. The only English in the barn is Marcel's, and Marcel is talking about the Russians.{end}
  on drink water, drink {pump}, drink from {pump}, drink at {pump}, use {pump}, pump water, get water, have a drink, drink
    You work the long handle and drink from your cupped hands. The water is cold enough to make your teeth ache.
  thing pump "pump"
    nouns pump, trough, men, tin, cups, water
    fixed
    An iron farmyard pump with a long handle. {if slept}A queue of men with tin cups and razors has formed at it.{else}The water is cold enough to make your teeth ache.{end}
  thing dung-heap "dung heap"
    nouns heap, dung
    fixed
    It is a farm, after all.
  thing kuehren-jeeps "jeeps"
    nouns jeep, jeeps, lane, wheel
    fixed
    {if slept}The jeeps are warming up in the lane.{else}The jeeps are parked in the lane for the night, under a guard who is trying not to fall asleep.{end}
  thing kuehren-jerrycans "jerrycans"
    nouns jerrycans, jerrycan, cans, can, gas, fuel, petrol, gasoline
    fixed
    Square steel fuel cans, olive drab and dented, lined up beside the jeeps: the patrol's gas, all of it. Out here there is nowhere to fill up. {if slept}Brennan has counted them one last time: enough to get there, he says. Getting back is another matter.{else}Sergeant Brennan is counting them, and keeps losing count.{end}
  person marcel "Marcel"
    nouns marcel, frenchman, french, soldier
    here {if slept}Marcel, a French prisoner of war, rolls up his blanket.{else}Marcel, a French prisoner of war, shaves by lantern light.{end}
    A small Frenchman in a faded blue coat. He says he was captured in 1940 and has been working on German farms ever since.
    talk
      "Five years," he says in English, and holds up five fingers to make sure. "Five years, and now everybody is free at once, and nobody knows where to go."
    about prisoner says, frenchman says, french says, marcel says
      only if heard-rumour
      {if decided}"Tomorrow we go have a look," Kotzebue says. "Get some sleep, Sparks."{else}You tell Kotzebue what Marcel said: cavalry, near Strehla. He taps the map where the road meets the Elbe. "Strehla. Past our five miles." He folds the map. "Tomorrow we go have a look. A long look."{end}
      set decided
    about before the war, before war, living, civilian, tram, job back home, job at home, job home
      "Before the war I drove a tram in Lyon." Marcel rings an invisible bell. "Ding, ding, all day. Then the army, then 1940, then potatoes."
    about age, old, how old, birthday
      "Thirty-one." He holds up the razor. "Twenty-six when they took me. Five birthdays on German farms."
    about get here, got here, come here, came here
      "Captured in 1940, then a train, then farms. This farm since the winter." He shrugs. "The farmer ran away when your army came close. So: here I am."
    about sad, seem sad, upset, unhappy
      "Sad? No, no." Marcel shakes his head. "Tired, and happy, and a little afraid, all at once. After five years you feel everything together."
    about bridge, bridge of boats, bridge at strehla, boats, blown up, strehla bridge, there when, when it happened, when happened, it happened
      Marcel stops shaving. "The bridge of boats at Strehla? The Poles say it went up two days ago, with people on it." He looks over at Olena. "She knows more than me. She does not like to talk about it."
    about russians, soviets, red army, elbe, river, cavalry, horses, strehla, where exactly, exactly, news, rumour, rumours, rumor, rumors, heard
      "The Russians? At the Elbe, near Strehla. Cavalry, on little horses. The Poles on the next farm swear it."
      set heard-rumour
    about olena, ukrainian, girl, woman
      Marcel glances at Olena in the hay. "She came with the Poles from the next farm. She has seen things at the river, I think. Let her talk when she wants."
    about after the war, after, plans, future, what will you do, do after, will after
      "Now? I walk west until somebody gives me a train to Lyon." Marcel smiles. "Then I sleep for a week, and then I find out if my wife still knows me."
    about english, learn english, speak english, learned english
      "English? From a Scotsman on the next farm," Marcel says. "Two years of potatoes, and he taught me the word for every one."
    about potatoes, potato, beets, beet
      Marcel laughs. "You laugh. After five years, me too, a little." He points the razor at you. "In Lyon I will never eat another potato."
    about family, shaving, shave, razor, why shaving
      "A wife, in Lyon," Marcel says, and holds up the razor. "Five years she has not seen me. When she sees me, I will be shaved."
    about kids, children, child, son, daughter
      "No children. Not yet." Marcel smiles at his razor. "Five years away, you understand. First I go home to my wife."
    about worse, why worse, worse for them, worse for her, why was it worse
      Marcel puts the razor down. "Me, I was a soldier. A prisoner of war: a number, a camp, sometimes a letter from home. Her, they took from her village at sixteen." He shrugs. "I saw how the farmer spoke to me, and how he spoke to her. That is all I know, and it is enough."
    about germans, farmer, farmers, mean, treated, bad, guards, cruel
      Marcel shrugs. "Some farmers were hard, some gave me bread. A prisoner learns not to ask too much." He looks at Olena. "For her it was worse. For the Poles and Ukrainians it was always worse."
    about wife, miss, married, marriage
      "My wife? Every day for five years I think of her." He looks at the razor in his hand. "Now I shave, so that she knows me."
    about plans, future, now, after, going home, do now, what will you do, will, next, when you get home, get home, war ends, when the war ends, war is over, when the war is over, end of the war, after the war ends
      "Now? I walk west until somebody gives me a train to Lyon." Marcel smiles. "Then I sleep for a week, and then I find out if my wife still knows me."
    about 1940, captured, prisoner, farm, pow, caught, catch, capture, where captured, prison, war
      "Captured in 1940. Since then, farms. Potatoes, beets, potatoes." He shrugs. "Five years is a lot of potatoes."
    about free, being free, freedom, feel free, like being free
      "Free?" Marcel puts down the razor and thinks about it. "Like a door left open, after five years. You stand in it, and you do not know which way to walk first." He picks up the razor again. "West, I think. Lyon is west."
    about home, france, lyon, going go, where going, going to go, where will you go, where go, where are you going
      "Lyon," Marcel says, and his eyes go somewhere far away. "My street, the bakery on the corner, my wife at the window. It is a long walk from here, but every step is toward it."
    about anything else
      Marcel shrugs. "Me, I know only rumours. Ask me about the Russians. Everybody in this barn has a rumour about the Russians."
  person olena "Olena"
    nouns olena, woman, ukrainian
    here {if slept}Olena fills a bucket at the pump.{else}Olena, a young Ukrainian woman, sits in the hay.{end}
    She is about eighteen, in a headscarf and a cardigan with holes at the elbows. She was deported from Ukraine two years ago, she tells you, as a forced labourer on a German farm.
    talk
      {if slept}Olena straightens up from the pump with her bucket. "You go to the river today," she says in German. "Be careful." Then she carries the water into the barn.{else}{if heard-olena}She shakes her head. She doesn't want to talk about the bridge again.{else}"You go to the river?" she asks in German. "At Strehla there was a bridge of boats. Two days ago the soldiers blew it up. There were people on it." She stops, and looks at the lantern, and says nothing more.{end}{end}
      set heard-olena
    about sorry, im sorry, i am sorry, so sorry
      Olena looks at you for a moment, then nods, once. "Danke," she says quietly, and looks back at the lantern.
    about good luck, luck, safe journey, take care, be safe, all the best
      She looks up, surprised, and for once she smiles properly. "Danke," she says in German. "You too. At the river."
    about cigarette, cigarettes, smoke, smoking
      She shakes her head and smiles: she doesn't smoke. "For the Frenchman," she says. "He smokes for everybody."
    about before the war, before war, school, living, job back home, job at home, job home
      "At home I went to school," she says in German, "and helped my mother with the cow and the garden. I was sixteen when they took us."
    about sad, seem sad, upset, unhappy, you ok, you okay, you alright, you all right
      She looks at the lantern for a while. "Not sad," she says in German. "Waiting."
    about happened to your family, happened to family, your family, your mother, your parents
      "My mother is in the village still, I hope," she says in German. "There has been no letter for a long time." She looks away.
    about chocolate, want chocolate, candy, sweets
      {if holding chocolate}She looks at the bar for a long moment, then breaks off one square, only one, and gives the rest back. "For the little ones on the road," she says in German.{else}She smiles a little and shakes her head. "On the farm there was always bread," she says in German. "I am not hungry."{end}
    about bridge, strehla, river, were you there, what happened, see it, saw it, when happened, when it happened, there when, it happened
      {if heard-olena}She shakes her head. She doesn't want to talk about the bridge again.{else}"The bridge?" she says in German. "At Strehla there was a bridge of boats. Two days ago the soldiers blew it up. There were people on it." She stops, and looks at the lantern, and says nothing more.{end}
      set heard-olena
    about mother, parents, family, letter, letters, mom, mum, mama, moms, mothers
      "My mother is in the village still, I hope," she says in German. "There has been no letter for a long time." She looks away.
    about not sure, why not sure, unsure, sure about, doubt, dont sound sure, do not sound sure
      She is quiet for a moment. "Two years, and no letter," she says in German. "I don't know who is still there. Or what is still there." She picks at a hole in her cardigan. "But I go. Where else?"
    about want to go home, go home, do you want to go home, going home, miss home, homesick
      "Yes," she says in German, at once. Then, more quietly: "My mother is there. What else is there now, I don't know." She picks at a hole in her cardigan and does not look east this time.
    about home, ukraine
      "A village in Ukraine," she says in German. "A river, cherry trees, my mother's house." She looks east. "When the Red Army comes, I go home." She doesn't sound sure.
    about red army, russians, soviets, sure, soldiers
      "The Red Army," she says in German. "They come, and then I go home. Everybody says so." She does not say what she thinks herself.
    about how, here, deported, farm, work, germany, labour, labourer, taken, prisoner, prisoner too, forced
      "Two years ago they took us from the village," she says in German. "Onto a train, then to a farm here. Cows, beets. Now the farmer has run away, and the cows are still here." She almost smiles.
    about hungry, hunger, food, eat, water, thirsty, need, help
      She shakes her head. "On the farm there was always bread," she says in German. "Cows, beets, bread. Now the farmer is gone, and still there is bread." She almost smiles.
    about people like, people like you, people like olena, the others, others, after the war
      She thinks about it. "The others from the farms? They wait, like me," she says in German. "For the Red Army, and then home." What became of people like her after the war, she cannot know yet; your JOURNAL holds what the sources say about the forced labourers in these villages.
    about future, plans, what will you do, will, after, go home, going home
      "Go home," she says in German. "When the Red Army comes. To my mother, and the cherry trees." She doesn't sound sure.
    about village, name of village, village name, which village, what village, your village
      "Vyshneve," she says, and almost smiles. "It means cherry. A small village by a river. You will not find it on your map."
    about age, old, how old, birthday
      "Eighteen," she says. "Maybe nineteen now. I lost count on the farm."
    about name
      "Olena," she says.
    about scared, afraid, frightened
      She shrugs. "Afraid? Everybody is afraid. Then tomorrow comes anyway."
    about anything else
      {if slept}Olena shakes her head over the bucket. "Later," she says in German. "Today you go to the river. Be careful."{else}She thinks about your question, then answers in German, slowly: she does not know. Two years she has seen only the farm. She looks back at the lantern.{end}
  thing kuehren-map "map"
    nouns map
    adjectives road
    fixed
    A creased road map in a celluloid case, marked with grease pencil.
  person kotzebue-kuehren "Lieutenant Kotzebue"
    nouns lieutenant, kotzebue, buck, flashlight, roads
    here {if slept}Kotzebue waits in the lead jeep.{else}Kotzebue studies his map by flashlight.{end}
    The lieutenant is bent over the map, tracing roads east with a pencil. The Elbe is a long blue snake at the edge of the sheet.
    talk
      only if heard-rumour, else "Kotzebue doesn't look up from his map. \"Has anybody in that barn seen a Russian?\" he asks. \"Find out, Sparks. Ask around.\""
      {if slept}"Let's go have that look, Sparks." Kotzebue starts the engine.{else}{if decided}"Tomorrow we go have a look," Kotzebue says. "Get some sleep, Sparks."{end}{end}{if not decided}You tell him what Marcel said. Kotzebue taps the map where the road meets the Elbe. "Strehla. Past our five miles. Tomorrow we go have a look."{end}
      set decided
    about get here, got here, come here, came here
      "One road east, Sparks, and a cart in the way." He goes back to his map. "Now, Russians: has anybody in that barn seen one?"
    about age, old, how old, birthday
      "Twenty-one, Sparks. Old enough for a lieutenant, the army says." He looks back at the road. "Ask me the rest when this is over."
    about before the war, before war, living, civilian, do after, will after, family, job back home, job at home, job home
      "Ask me that again when we're home, Sparks." He almost smiles. "Today I've got a patrol, and that's all the job I've got."
    about sad, seem sad, upset, unhappy, you ok, you okay, you alright, you all right
      "Not sad, Sparks. Impatient." He looks east. "Big difference."
    about russians, soviets, cavalry, rumour, rumours, marcel, strehla, horses, elbe, river
      only if heard-rumour, else "Kotzebue doesn't look up from his map. \"Strehla?\" he says. \"That's on the Elbe. Has anybody in that barn seen a Russian? Find out, Sparks. Ask around.\""
      {if decided}"Tomorrow we go have a look," Kotzebue says. "Get some sleep, Sparks."{else}You tell him what Marcel said: cavalry, near Strehla. Kotzebue taps the map where the road meets the Elbe. "Strehla. Past our five miles." He folds the map. "Tomorrow we go have a look. A long look."{end}
      set decided
    about five miles, 5 miles, miles, limit, orders, allowed, further, farther, max, against orders
      "Five miles." He measures it on the map with his thumb, and then his thumb keeps going east. He says nothing.
    about radio, headquarters
      "No calls tonight, Sparks. There's nothing to report yet."
    about home, where from, hometown
      "The States, Sparks, same as the rest of us." He almost smiles. "Now go and find me a Russian."
    about family, name
      "When this is over, Sparks." He almost smiles. "Now go and find me a Russian."
    about go back, going back, back, trebsen, return, turn back, head back, turn round, turn around
      "Back?" Kotzebue doesn't look up from the map. "Trebsen's behind us, Sparks, and whatever's out there is in front of us.{if decided} First light, we go east.{else}{if heard-rumour} So: what did you hear in that barn?{else} Find out if anybody in that barn has seen a Russian.{end}{end}"
    about patrol, plan, tomorrow
      "{if decided}First light. East.{else}That depends on what's out there. Find out if anybody in that barn has seen a Russian.{end}"
    about trouble, get in trouble, court martial, punished, punishment, in trouble
      "Trouble?" Kotzebue folds the map. "If we find the Russians, nobody will remember the five miles. If we don't, that's my worry, not yours.{if not slept} Get some sleep, Sparks.{end}"
    about bridge, bridge of boats, boats, blown up, blew up
      Kotzebue looks up. "A bridge of boats, blown?" He marks a cross on the map with his grease pencil. "{if heard-rumour}Then somebody's fighting over that river. It fits what the Frenchman says.{else}Somebody's fighting over that river, then. Has anybody in that barn seen a Russian? Ask around.{end}"
    about anything else
      "{if slept}Let's go, Sparks. East.{else}{if decided}Sleep, Sparks. We move at first light.{else}Find out if anybody in that barn has seen a Russian. Then come back.{end}{end}"
  person brennan-kuehren "Sergeant Brennan"
    nouns sergeant, sarge, brennan
    here Sergeant Brennan counts jerrycans.
    Brennan, counting fuel cans as if they were his own money.
    talk
      "We're past the five miles already, or near enough, depending on whose map you believe." He lowers his voice. "Let's not bother headquarters tonight, Sparks. The lieutenant wants a look at that river first."
    about age, old, how old, birthday
      "Twenty-eight, kid. Tonight it feels like fifty." He goes back to his jerrycans.
    about do after, will after
      "Ohio, sleep till noon, and never count another jerrycan." He loses count again. "Never mind."
    about before the war, before war, living, civilian, job back home, job at home, job home
      "Bread truck, back in Ohio. Up at four every morning." He grins. "I counted loaves then. Now I count gas."
    about home, family, where from
      "Ohio, kid. My mother writes every week, and every week she asks if I'm eating." He pats a jerrycan. "Tell her I'm eating gas."
    about sad, seem sad, upset, unhappy, you ok, you okay, you alright, you all right
      "Tired, kid. Not sad." He sets down a can. "The Frenchman's been gone from home five years. That's sad. I've got nothing to complain about."
    about get here, got here, come here, came here
      "Same road as you, kid, same carts in the way." He goes back to his jerrycans.
    about radio, headquarters, hq, call, report, call in, tell headquarters
      "Call in now, and tell them where we're headed, and they'll order us home," Brennan says. "So don't."{if recall-warned and not slept} He shrugs. "Your call, though. USE RADIO if you mean it."{end}
    about berlin
      "Berlin's a long way from this barn, kid. Tonight all I care about is whether we've got gas for tomorrow."
    about five miles, limit, orders, orders are orders, rules, allowed, is that allowed, against orders, past five miles
      "Five miles, give or take. Mostly take." He goes back to his jerrycans.{if recall-warned and not slept} "Orders are orders, sure. Call in, if that's what you want: USE RADIO. Me, I'd let the lieutenant have his look at the river first."{end}
    about cans, jerrycans, jerrycan, gas, fuel, help, counting, count
      "Count them with me, then. Nine, ten..." Brennan loses count and starts again. "Never mind, Sparks. {if slept}We've got enough to get there. Whether we've got enough to get back is another matter.{else}Get some sleep.{end}"
    about army, how long, years, long, served, serving, enlisted
      "Long enough to know better than to answer that, kid." He goes back to his jerrycans.
    about sleep, slept, sleeping, sleepy, night, tired, rest
      {if slept}"Sleep?" Brennan yawns. "I counted jerrycans till they started counting me. Two hours, maybe. Enough."{else}"When the lieutenant does. Which is never." He goes back to his jerrycans. "You first, Sparks."{end}
    about kotzebue, lieutenant, buck
      "The lieutenant?" Brennan looks over at the map and the grease pencil. "He wants that river, kid. {if decided}And now he's got a reason to go and look.{else}All he needs is a reason.{end}"
    about flares, flare, flare gun, flare pistol, signals, signal box, green, red
      "Signal box is on the lead jeep, Sparks. Green flare and red. Green is us, red is them, and you fire green. Don't mix them up."
    about think, what do you think, think i should, should i do, what should i do, what would you do, your advice, advice, opinion, your opinion
      {if slept}"Get in the jeep, kid. That's what." He jerks a thumb east.{else}Brennan stops counting. "Me? I'd leave that radio alone tonight and let the lieutenant have his look at the river." He shrugs. "But it's your radio, kid, and your call."{end}
    about anything else
      {if slept}"Not now, kid. We're moving."{else}Brennan stops counting and thinks about it. "Couldn't tell you, kid. Ask me about home, the five miles or the gas.{if not decided} And find out what the lieutenant wants to know.{else} Then get some sleep.{end}"{end}
  on help {olena}, help {olena} carry bucket, help {olena} with bucket, carry bucket, carry the bucket, take bucket, help her carry the bucket, help with bucket
    {if slept}You take one handle of the bucket, and together you carry it into the barn. Olena nods. "Danke."{else}Olena shakes her head: she is all right. She only wants to be left to sit in the hay.{end}
  on let {ortiz-kuehren} sleep, let ortiz sleep, let him sleep, leave {ortiz-kuehren} alone, leave ortiz alone, leave him alone
    {if slept}Too late: Ortiz is awake, drumming on the wheel.{else}You leave Ortiz to it. Somebody in this patrol ought to get some sleep.{end}
  on wake {ortiz-kuehren}, wake up {ortiz-kuehren}, wake ortiz, wake up ortiz, shake {ortiz-kuehren}, ask {ortiz-kuehren} to wake up, ask {ortiz-kuehren} to wake, tell {ortiz-kuehren} to wake up, ask {ortiz-kuehren} to get up
    {if slept}Ortiz is awake already, drumming on the wheel.{else}Ortiz opens one eye. "I'm awake, Sparks. I'm always awake." The eye closes again.{end}
  on comfort {olena}, console {olena}, hug {olena}, sit with {olena}, sit by {olena}, sit next to {olena}
    You sit down beside her in the hay for a while. She doesn't say anything, and neither do you. After a while she nods, as if you had.
  person ortiz-kuehren "Ortiz"
    nouns ortiz, driver, cap
    here {if slept}Ortiz is already behind the wheel of the second jeep.{else}Ortiz is asleep in the second jeep.{end}
    Your driver, {if slept}yawning, with his cap pushed back{else}asleep with his cap over his eyes{end}.
    talk
      {if slept}"Morning, Sparks." Ortiz yawns. "East, I suppose. It's always east."{else}Ortiz opens one eye. "Refugees, carts, mud. Enough for one day, Sparks." The eye closes again.{end}
    about sleep, slept, did you sleep, sleeping, tired, rest
      {if slept}"Like a baby, Sparks. A baby in a jeep." Ortiz stretches until his back cracks. "Better than the jeep did, and she slept outside."{else}"Trying to," Ortiz mumbles from under his cap. "Go away, Sparks."{end}
    about do after, will after, before the war, before war, living, job back home, job at home, job home
      {if slept}"Before? My uncle's garage in San Antonio. After? Same garage." He yawns. "In between: this jeep."{else}Ortiz pulls his cap further over his eyes. "A garage in San Antonio," he mumbles. "Before and after. Let a man dream."{end}
    about age, old, how old
      {if slept}"Old enough to drive, young enough to get told where," Ortiz yawns.{else}"Too old to be woken up," Ortiz mumbles, and pulls his cap down.{end}
    about sad, seem sad, upset, unhappy, you ok, you okay, you alright, you all right
      {if slept}"Sad? It's morning, Sparks. Nobody's anything till noon." He drums on the wheel.{else}"Sleepy, Sparks," Ortiz mumbles. "Not sad. Sleepy."{end}
    about refugees, people, road, cart, handcart, prisoners, labourers
      "All those people going west, and us going east." He shakes his head. "Somebody's going the wrong way, Sparks."
    about home, family, girlfriend, girl, kids, where from, sweetheart, san antonio, texas
      {if slept}"San Antonio, Sparks. Still there, last I heard." He yawns. "Further away every morning."{else}Ortiz pulls his cap further over his eyes. "San Antonio," he mumbles. "Hot, and nobody shooting. Let a man dream."{end}
    about anything else
      {if slept}Ortiz yawns and thinks about it. "Beats me, Sparks. Too early for hard ones."{else}Ortiz pulls his cap further over his eyes. "Tomorrow, Sparks," he mumbles.{end}
  on use {radio}, radio headquarters, call headquarters, report position, report to headquarters, call in, radio headquarters about strehla, radio hq about strehla, radio about strehla, call headquarters about strehla, tell headquarters about strehla, send message, switch on {radio}, turn on {radio}, switch {radio} on, turn {radio} on, call hq, radio hq, radio battalion, call battalion, call regiment, radio regiment, send coordinates, radio coordinates, send position, radio position, send map coordinates, radio captain, call captain, radio ferris, call ferris, radio the captain, call the captain, radio in
    if recall-warned
      You switch on, raise the battalion and report your position, and where the lieutenant means to go in the morning.
      end recalled
    else
      Before you can switch on, Sergeant Brennan's hand comes down on the set. "Sparks. You call in now and tell them we're heading for the Elbe, and they'll order us back before breakfast. Is that what you want?" He takes his hand away. "Your choice. Think about it."
      set recall-warned
  on tell them we are at kuehren, tell them we are at kühren, tell them we are at kuhren, tell them where we are, tell headquarters where we are, tell hq where we are, tell headquarters we are at kuehren, tell headquarters we are at kühren, tell them our position, tell headquarters our position
    {if recall-warned}"Then tell them yourself," Brennan says, and keeps his hand off the set. "USE RADIO, if you mean it."{else}Only by radio, and Brennan is watching the set, and you. USE RADIO, if you mean to.{end}
  on yes, say yes
    only if recall-warned and not slept
    Brennan looks at you for a long moment, then takes his hand off the set. "Your call, Sparks."

    You switch on, raise the battalion and report your position, and where the lieutenant means to go in the morning.
    end recalled
  on no, say no
    only if recall-warned
    "Good call, Sparks," Brennan says. "We'll call in when there's something to call about."
    clear recall-warned
  on i do not know, i dont know, dont know, idk, dunno, i dunno, not sure, im not sure, i am not sure, maybe, hmm, i guess, i guess not
    only if recall-warned and not slept, else "You shrug to yourself."
    "Then it waits, Sparks," Brennan says, and takes his hand off the set. "A call you're not sure of is a call you don't make."
    clear recall-warned
  on think we should tell headquarters, think we should call headquarters, think we should call in, think we should radio headquarters, think we should radio in, think we should report, think we should report in, think we should call hq, think we should tell hq, think we should radio hq, think we should tell them, think we should follow orders, think we should follow our orders, think we should obey orders, think we should obey our orders, think we should follow the orders, we should follow our orders, we should follow orders, think we should follow our orders sergeant, think we should follow orders sergeant, think we should follow our orders sarge, we should follow our orders sergeant, think we should follow our orders brennan, follow our orders, follow orders, obey our orders, obey orders, think we have to call in, think we have to tell headquarters
    only if recall-warned and not slept, else "{if slept}The jeeps are warming up in the lane, and Kotzebue has made his choice for the patrol. If you mean to call in all the same, that is the set on your back: USE RADIO.{else}Sergeant Brennan hears you out. \"Orders say five miles, Sparks. The lieutenant knows it.\" He looks at the radio on your back. \"If you mean to call in, there's the set. USE RADIO.\"{end}"
    Brennan looks at you for a long moment. "Then it's your call, Sparks." He steps back from the set. (To call in after all: USE RADIO again.)
  on think you are right, think youre right, think we should wait, think we should go on, think we should keep going, think we should not call, think we should not call in, think we should not tell headquarters, think we should leave it, think not
    only if recall-warned and not slept, else "{if slept}Brennan nods. \"Then let's go, Sparks.\" The jeeps are warming up in the lane: EAST.{else}Brennan shrugs. \"Where we go is the lieutenant's call, Sparks. Talk to him.\"{end}"
    "Good call, Sparks," Brennan says. "We'll call in when there's something to call about."
  on report, report to {kotzebue-kuehren}, report rumour, report to lieutenant, tell {kotzebue-kuehren} what marcel said, tell {kotzebue-kuehren} what marcel said about strehla, tell {kotzebue-kuehren} what marcel told me, tell {kotzebue-kuehren} what i heard, tell {kotzebue-kuehren} the news, tell {kotzebue-kuehren} the rumour, tell {kotzebue-kuehren} about russians, tell {kotzebue-kuehren} about strehla, tell {kotzebue-kuehren} about cavalry, tell {kotzebue-kuehren} russians are at strehla, tell {kotzebue-kuehren} the russians are at strehla
    only if heard-rumour, else "{if heard-olena}You tell Kotzebue what Olena said about Strehla. He listens without a word, then marks a cross on the map with his grease pencil. \"Somebody's fighting over there, then. But has anybody in that barn seen a Russian? Ask around.\"{else}Report what? Nobody has told you anything yet. Ask around the barn.{end}"
    {if decided}"Tomorrow we go have a look," Kotzebue says. "Get some sleep, Sparks."{else}You tell Kotzebue what Marcel said: cavalry, near Strehla. He taps the map where the road meets the Elbe. "Strehla. Past our five miles." He folds the map. "Tomorrow we go have a look. A long look."{end}
    set decided
  on bring me to river, take me to river, bring us to river, take us to river, drive me to river, drive us to river, bring me to elbe, take me to elbe, bring us to elbe, take us to elbe, bring me to russians, take me to russians, take us to russians, bring us to russians
    {if slept}"That's where we're going, Sparks." Ortiz already has the engine running. The patrol goes EAST.{else}{if decided}"Tomorrow, Sparks," Kotzebue says, without looking up from the map. "At first light. Get some sleep."{else}"The Elbe's past our five miles, Sparks," Kotzebue says. "Nobody drives that way on a rumour. {if heard-rumour}What did the Frenchman say? Tell me.{else}Find out first if anybody in this barn has seen a Russian.{end}"{end}{end}
  on sleep, rest, lie down, go to sleep, go to bed, zzz
    if slept
      It's morning already. The jeeps are waiting in the lane.
    else if decided
      You sleep in the hay between a snoring Frenchman and a Dutchman who talks in his sleep.

      At first light the jeeps are turning over in the lane.
      set slept
      unlock fact kotzebue-sets-out
    else
      {if not heard-rumour}You lie down in the hay, but you can't sleep. Kotzebue is still bent over his map, waiting for news. Maybe somebody in the barn knows something.{else}You lie down, but Marcel's rumour keeps you awake. The lieutenant ought to hear it before anybody sleeps.{end}
  on wait, z, wait for morning, wait until morning, wait till morning, wait for dawn
    only if decided and not slept
    Time passes. The barn goes quiet around you, and Kotzebue has put his map away: time to SLEEP.
  on get in {kuehren-jeeps}, get into {kuehren-jeeps}, board {kuehren-jeeps}, drive {kuehren-jeeps}, get in jeep, get into jeep, jump in {kuehren-jeeps}, climb in {kuehren-jeeps}
    if slept and holding radio
      The jeeps head east. The five-mile line is behind you now, and nobody mentions it. Late in the morning you reach Leckwitz.
      go to leckwitz
    else
      {if slept}You're not going anywhere without your radio.{else}Nobody is going anywhere tonight.{end}

scene leckwitz "Leckwitz"
  when Wednesday, 25 April 1945, about 11:30
  where A few kilometres west of the Elbe
  hint There is a horseman in Soviet uniform in the crowd. Go and greet him: TALK TO HORSEMAN.
    only if not rider-gone
  hint The horseman has gone. Maybe the Polish worker knows the way: TALK TO WORKER.
    only if not guide-found
  hint You have a guide. Go EAST to the river.
  The street is packed with foreign labourers from the farms, laughing and waving bottles.{if rider-gone} Hoofprints lead away east.{end}

  exit east to strehla-landing "to the river"
    only if guide-found and holding radio, else "{if not guide-found}The lanes split three ways, all of them between high hedges. You don't know which one leads to the Elbe, and the crowd is no help.{else}Not without your radio.{end}"
    The Polish worker rides on the hood of the lead jeep and points the way, past fields and willows, to the Elbe.
  thing leckwitz-street "village street"
    nouns street, village, farms, estate, lindhof, walls, lanes, lane, hedges
    adjectives village
    fixed
    A village street packed with people, between farms and the walls of the Lindhof estate.
  thing hoofprints "hoofprints"
    nouns hoofprints, hoofprint, tracks
    fixed
    {if rider-gone}Fresh hoofprints in the mud, leading east between the hedges, where the lanes split three ways.{else}The mud is churned by hooves and boots.{end}
  on follow {hoofprints}
    {if rider-gone}You follow the hoofprints to the edge of the village, where they turn off between high hedges and are lost among a dozen others. The jeeps will need someone who knows the way.{else}There are a hundred tracks in this mud, and the horseman is right here.{end}
  thing leckwitz-jeeps "jeeps"
    nouns jeep, jeeps, box, signal box, bonnet, star
    fixed
    The patrol's jeeps, hemmed in by the crowd. Somebody has chalked a star on a bonnet that already had one.
  person rider "horseman in Soviet uniform"
    nouns horseman, rider, cavalryman, soldier, russian, horse, tunic, cap, rifle, mud, comrade, tovarishch, tovarish
    adjectives soviet, red, army
    here In the middle of the crowd, on a shaggy horse, sits a soldier in a brown tunic: the first Red Army soldier you have ever seen.
    A young man with a brown face and a cap pushed back on his head. A rifle is slung across his back. His horse is a shaggy, short-legged farm horse, mud to the belly, that has come a long way.
    talk
      Kowalski calls to him in Russian. The horseman looks at your jeeps and your faces, does not smile, and rides off east.
      remove rider
      set rider-gone
      unlock fact horseman-at-leckwitz
    about anything else
      Kowalski puts your question into Russian. The horseman looks at your jeeps and your faces, does not answer, and rides off east.
      remove rider
      set rider-gone
      unlock fact horseman-at-leckwitz
  on hi, hello, hey, say hi, say hello, hi there, hello there
    only if rider is here
    You call out a greeting. The horseman looks down at you from his shaggy horse and says nothing. "Easy," Kowalski murmurs. "Let me do the talking: TALK TO HORSEMAN when you're ready."
  person crowd "crowd of labourers"
    nouns crowd, labourers, people, workers, bottles
    here {if rider-gone}The crowd is still buzzing.{end}
    Poles, Russians, Ukrainians, Frenchmen, Italians: forced labourers, deported here to work on the farms and the estate. Today nobody is working.
    talk
      Everybody talks at once, in Polish, Russian, French and German. A bottle is pushed at you and pulled back again, laughing. {if rider-gone}They all point east, after the horseman.{else}They all point at the horseman.{end}
    about anything else
      The answers come in four languages at once, and all of them point east.
  on ask {kowalski} about russian
    "My Russian? Enough to get by," Kowalski says. "Enough to say hello, and to say we're Americans.{if rider-gone} Not that the horseman stayed to listen.{else} Let's hope that horseman listens.{end}" Three words you could use yourself, if you like: ask him to TEACH you.
  person kowalski "Kowalski"
    nouns kowalski, corporal, technician
    here T/5 Kowalski, the patrol's Russian speaker, stands by the jeep.
    Technician Fifth Grade Stephen A. Kowalski, the patrol's Russian speaker.
    talk
      "He's suspicious," Kowalski says{if rider-gone}, looking down the road where the horseman went. "Can't blame him. He doesn't know who we are."{else}, nodding at the horseman. "Let's go say hello. Slowly."{end}
    about excited, nervous, happy, scared, afraid
      "Excited?" Kowalski rubs his hands. "First Red Army man I've ever spoken to, Sparks. My hands are shaking. Don't tell the lieutenant."
    about teach, teach me, teach russian, teach me russian, teach some russian, teach words, some words, say something in russian
      "All right, Sparks, three words." Kowalski counts on his fingers. "'Zdravstvuyte': hello. 'Amerikanskiye soldaty': American soldiers. 'Spasibo': thank you." He grins. "Say them slowly and smile."
    about age, old, how old, before the war, before war, living, family, do after, will after, get here, got here, job back home, job at home, job home
      "Not much to tell, Sparks," Kowalski says. "{if rider-gone}Today I'm the man who speaks Russian, and we need the way to the river.{else}Today I'm the man who speaks Russian, and there's a Russian on a horse.{end}"
    about sad, seem sad, upset, unhappy, you ok, you okay, you alright, you all right
      "Nervous, Sparks, not sad," Kowalski says. "First real Russian I've talked to, and he didn't say a word back."
    about say, greeting, hello, words, language, what to say
      "'Zdravstvuyte' is hello," Kowalski says. "'Amerikanskiye soldaty': American soldiers. Say it slowly and smile. Or leave the talking to me."
    about elbe, river, distance, far, strehla
      "The river's close, a couple of kilometres maybe," Kowalski says. "But these lanes all look the same.{if not guide-found} We need somebody who knows the way.{end}"
    about learn, learned, learnt, learning, taught, teacher, school, lessons, know russian, how do you know
      "Long story, Sparks," Kowalski says. "Today all that matters is whether they understand it."
    about speak, speaks, speaking, russian language, how he speaks, how much, good, well, fluent
      "Enough to get by," Kowalski says. "Enough to say hello, and to say we're Americans. Let's hope that's the part they listen to."
    about pole, polish worker, young pole, worker, guide, young man
      "{if guide-found}He knows the way, he says. Good enough for me.{else}That young Pole has been watching us since we stopped.{if rider-gone} Talk to him. Maybe he knows the way.{end}{end}"
    about polish, are you polish, your name
      Kowalski grins. "The name is. Me, I'm from the States, same as you. Russian I learned. Don't ask me where yet."
    about saying, what is he saying, what does he say, what did he say, he say
      "{if rider-gone}Not much. He rode off before he'd said more than a word or two.{else}Not much. He's asking who we are, I think. He doesn't believe us yet.{end}" Kowalski keeps his eyes on the road east.
    about said, say to him, told him, tell him, what did you say, what you said, called
      "That we're Americans, and friends," Kowalski says.{if rider-gone} "He didn't stay for the rest."{else} "Let's see if he believes it."{end}
    about russians, soviets, red army, the russians
      "The Red Army? Somewhere east of here, at the Elbe, if the crowd is right." Kowalski looks down the road. "{if rider-gone}That horseman came from them, and he's gone back to tell them about us.{else}And there's one of them right here, on a horse. Let's go say hello, slowly.{end}"
    about horseman, rider, russian, cavalry, who was that, who was he, that guy, that man, on the horse
      "{if rider-gone}Gone east. There'll be more of them where he came from.{else}Cavalry. Red Army. He's waiting to see what we do.{end}"
    about home, where from, family, hometown
      "The States, Sparks, same as you," Kowalski says. "{if rider-gone}Right now, though, I'm the man who needs the way to the river.{else}Right now, though, I'm whatever that horseman thinks I am. Let's hope it's a friend.{end}"
    about first name, name, whats your name, your first name
      "Stephen," he says. "Steve to everybody but the army. The army says Kowalski."
    about why, ride away, rode away, rode off, ride off, why leave, why did he leave, why did he go, why go, why ride
      "He's suspicious, Sparks, and who can blame him?" Kowalski looks down the road east. "A jeep full of strangers who say they're Americans. He's never seen one either. He'll tell his officers, and they'll decide."
    about talk to, talk to him, talk to the soldier, speak to, speak to him, ask him, for us, translate, talk for us
      {if rider-gone}"The horseman? He's gone, Sparks." Kowalski nods east. {if guide-found}"And the young Pole has told us the way already. EAST."{else}"That young Pole, though: he's Polish, not Russian, so try him yourself. TALK TO the worker. Maybe he knows the way."{end}{else}"That's what I'm here for." Kowalski steps toward the horseman and calls out to him in Russian. The horseman looks at your jeeps and your faces, does not smile, and rides off east.{end}
      remove rider
      set rider-gone
      unlock fact horseman-at-leckwitz
    about anything else
      {if rider-gone}Kowalski thinks about it. "Beats me, Sparks. What I've got is Russian, and no Russian left to talk to." {if guide-found}He nods at the young Pole. "We've got a guide now. EAST."{else}He nods at the young Pole who has been watching you. "He's Polish, not Russian, but he looks like he knows the way. Talk to him."{end}{else}"In a minute, Sparks," Kowalski says, without taking his eyes off the horseman. "Right now there's a Russian on a horse looking at us."{end}
  on use {radio}, radio headquarters, call headquarters, report contact, report, send message, radio regiment, switch on {radio}, turn on {radio}, call hq, radio hq, radio battalion, call battalion, call regiment, radio captain, call captain, radio ferris, call ferris, radio headquarters about horseman, radio headquarters about the russian horseman, report horseman, report contact with horseman, send coordinates, radio coordinates, send position, radio position, radio in, should i radio headquarters about the horseman, should i radio headquarters about him, should i radio headquarters, should we radio headquarters, should i call headquarters, should we call headquarters, should i report it, should we report it, should i radio in, should we radio in, should i report the horseman
    Kotzebue shakes his head. "One horseman who rode off without a word? Some would call that contact, Sparks. I call it a rumour, until we've shaken hands with them. Then you send it."
  on fire green flare, shoot green flare, fire flare, shoot flare, fire green, fire red flare, shoot red flare, fire flares, fire the flare, launch flare, fire green flare into sky, shoot green flare into sky, fire flare into sky, shoot flare into sky, fire flare into air, shoot flare into air, shoot flare in air, shoot green flare in air, shoot flare up in air, fire flare up in air, signal {rider}, signal to {rider}
    {if rider-gone}The horseman has gone, and the flares stay in the signal box on the lead jeep. "Save them," Kotzebue says. "Further east there'll be a whole line of the Red Army to signal to."{else}The flares are in the signal box on the lead jeep, and Kotzebue shakes his head before you reach it. "Flares are for a line of troops, Sparks, not one man on a horse in a village street. Him you just say hello to." Kowalski is already stepping toward the horseman: TALK TO HORSEMAN.{end}
  person kotzebue-leckwitz "Lieutenant Kotzebue"
    nouns lieutenant, kotzebue, buck, officer
    here Kotzebue stands in the lead jeep.
    Kotzebue stands up in the lead jeep, looking over the heads of the crowd.
    talk
      "{if guide-found}We've got a guide, Sparks. EAST, to the river.{else}{if rider-gone}He's gone, and these lanes all look the same. Somebody here must know the way to the river.{else}A Russian, Sparks. A real one. Let's go say hello.{end}{end}"
    about age, old, how old, before the war, before war, living, family, do after, will after, home, where from, job back home, job at home, job home
      "Ask me on the way home, Sparks." Kotzebue keeps his eyes on the crowd. "{if guide-found}Right now we've got a guide. EAST.{else}Right now I need the way to the river.{end}"
    about sad, seem sad, upset, unhappy, you ok, you okay, you alright, you all right
      "Sad? Sparks, that was a Russian." He grins. "I've never been less sad in my life."
    about follow, pole, polish, worker, guide, way, directions, lanes
      "{if guide-found}He knows the way, he says. Good enough for me: EAST.{else}Somebody in this crowd must know the way to the river. Ask around. That young Pole, maybe.{end}"
    about horseman, rider, russian, russians, soviets, cavalry
      "{if rider-gone}Gone east. Where he came from, there are more.{else}Cavalry. Red Army. Let Kowalski do the talking.{end}"
    about radio, headquarters, report
      "Not yet, Sparks. One horseman who rode off is a rumour, until we've shaken hands. Let's find the river first."
    about anything else
      "Later, Sparks." Kotzebue keeps his eyes on the crowd. "{if guide-found}We've got a guide. EAST.{else}First we need the way to the river.{end}"
  on why didnt he smile, why did he not smile, why didn't he smile, why was he not smiling, why wasnt he smiling, why did he not say anything, why didnt he say anything
    "He's suspicious, Sparks, and who can blame him?" Kowalski looks east, where the horseman went. "A jeep full of strangers who say they're Americans. He's never seen one either. He'll tell his officers, and they'll decide."
  on wait where did he go, where are the other russians, where are the russians, where are the others, where are the other soldiers, where did he go, where did the horseman go, where did the rider go, where is the red army, where are the russians now
    {if rider-gone}The horseman rode off east. "Strehla," somebody in the crowd calls, and points the same way: the Russians are at the Elbe, they say.{else}For now there is only this one, on his horse in the middle of the street, looking at you. The crowd says there are more at the Elbe.{end}
  on follow horseman, follow rider, follow him, follow horse, follow horse guy, follow soldier, chase horseman, chase rider, chase him, go after horseman, go after him, run after horseman, run after him, ride after horseman, catch horseman, catch up with horseman
    only if rider-gone and not guide-found
    The horseman is already at the end of the street, trotting east, and nobody here catches a horse on foot. The crowd points the way he went: the Russians are at the Elbe, they say. The lanes east all look alike, and somebody who knows them would help.
  person polish-worker "young Polish worker"
    nouns worker, pole, guide, labourer, man, guy, lad
    adjectives young, polish
    here A young Polish worker is watching you closely.
    A young man in a cloth cap, with a face that has spent years working in the open.
    talk
      only if rider-gone, else "He glances at you, then back at the horseman, like everyone else in the street."
      {if guide-found}"Come, come," he says, and points east. "The river. I show you."{else}He pushes through the crowd to you. "The river? The Elbe?" He points east. "The Russians are there, at Strehla. I know the way. I show you."{end}
      set guide-found
      unlock fact horseman-at-leckwitz
    about name, your name
      only if rider-gone, else "He glances at you, then back at the horseman, like everyone else in the street."
      He taps his chest and says a name you don't catch in the noise, then laughs and points east. "Russians. I show you." Go EAST.
      set guide-found
      unlock fact horseman-at-leckwitz
    about age, old, how old, where from, home, family, before the war, before war, get here, got here, do after, will after, sad, seem sad, you ok, job back home, job at home, job home
      only if rider-gone, else "He glances at you, then back at the horseman, like everyone else in the street."
      "Polska," he says, and taps his chest. "Three years here, on the estate." He holds up three fingers, and then points east, grinning. "Now: Russians. I show you the river." Go EAST.
      set guide-found
      unlock fact horseman-at-leckwitz
    about elbe, river, strehla, way, russians, soviets, directions, direction
      only if rider-gone, else "He glances at you, then back at the horseman, like everyone else in the street."
      {if guide-found}"Come, come," he says, and points east. "The river. I show you."{else}He pushes through the crowd to you. "The river? The Elbe?" He points east. "The Russians are there, at Strehla. I know the way. I show you."{end}
      set guide-found
      unlock fact horseman-at-leckwitz
    about show, lead, guide us, take us, help, help us, can you help us, help me
      only if rider-gone, else "He glances at you, then back at the horseman, like everyone else in the street."
      He nods hard. "Yes, yes. I show you. Come!" He is already pointing east, down the road: go EAST.
      set guide-found
      unlock fact horseman-at-leckwitz
    about follow me, follow us, come with me, come with us, come along
      only if rider-gone, else "He glances at you, then back at the horseman, like everyone else in the street."
      He laughs and shakes his head. "No, no. You follow me! I know the way." He points east, down the road: go EAST.
      set guide-found
      unlock fact horseman-at-leckwitz
    about anything else
      if rider-gone
        He shrugs: his German and yours do not stretch that far. "Elbe?" he offers, pointing east. "Strehla. Russians. I show you." He is already pointing down the road: go EAST.
        set guide-found
        unlock fact horseman-at-leckwitz
      else
        He glances at you, then back at the horseman, like everyone else in the street.
  on wave at {rider}, wave to {rider}, greet {rider}, salute {rider}, call {rider}, call to {rider}, approach {rider}, smile at {rider}, smile, wave, shout to {rider}, shout at {rider}, yell to {rider}, call out to {rider}, shout, yell
    only if rider is here
    You raise a hand. Kowalski calls out in Russian. The horseman looks at your jeeps and your faces, does not smile, and rides off east.
    remove rider
    set rider-gone
    unlock fact horseman-at-leckwitz
  on order {kowalski}
    {if rider-gone}"Talk to who?" Kowalski nods east, where the horseman went. "He's gone, Sparks. Find us somebody who knows the way."{else}Kowalski calls out to the horseman in Russian. The horseman looks at your jeeps and your faces, does not smile, and rides off east.{end}
    remove rider
    set rider-gone
    unlock fact horseman-at-leckwitz
  on zdravstvuyte, say zdravstvuyte, zdravstvuyte {rider}, say zdravstvuyte to {rider}, privet, say privet, privet {rider}, say hello in russian, greet {rider} in russian, zdravstvuyte tovarishch, amerikanskiye soldaty, say amerikanskiye soldaty
    only if rider is here, else "\"Zdravstvuyte!\" you call after him. The horseman is long gone east."
    "Zdravstvuyte," you say, slowly, the way Kowalski taught you, and Kowalski adds: "Amerikanskiye soldaty." The horseman looks at your jeeps and your faces, does not smile, and rides off east.
    remove rider
    set rider-gone
    unlock fact horseman-at-leckwitz
  on omg a russian, omg russian, omg a russian soldier, a russian, oh my god a russian, look a russian, wow a russian, its a russian, look russian, a real russian, there is a russian, theres a russian, look its a russian
    {if rider-gone}"Gone, Sparks," Kowalski says, looking east where the horseman rode off. "Somebody here must know where he went."{else}"A Russian, all right," Kowalski says, and grins. "Cavalry. Easy, Sparks: let's go say hello." TALK TO THE HORSEMAN.{end}
  on can you show us the way, can u show us the way, can you show us the way to the river, can u show us the way to the river, can you show me the way, can u show me the way, can you lead us, can u lead us, can you take us to the river, can u take us to the river
    only if rider-gone, else "Everybody in the street is watching the horseman, not you."
    {if guide-found}The young Pole is ready to show you the way: go EAST.{else}The young Pole pushes through the crowd to you and nods hard. "Yes, yes. The Elbe, Strehla. The Russians are there. I show you. Come!" He is already pointing east: go EAST.{end}
    set guide-found
    unlock fact horseman-at-leckwitz
  on dzien dobry, dzien dobry {polish-worker}, say dzien dobry, czesc, czesc {polish-worker}, greet {polish-worker} in polish
    "Dzień dobry!" The young Pole grins to hear his own language and answers with a flood of it, far too fast for you.{if rider-gone} Then he points east. "Elbe? I show you."{end}
  on pet {rider}, pat {rider}, stroke {rider}, touch {rider}, feed {rider}, pet horse, pat horse, stroke horse, feed horse
    {if rider-gone}The horseman and his shaggy horse are gone east.{else}The horseman turns the horse's head away before you can reach it. Nobody here knows who you are yet.{end}
  on ride {rider}, ride horse, ride the horse, get on horse, mount horse
    {if rider-gone}The horseman and his shaggy horse are gone east, and they were never yours to ride.{else}The horse belongs to the horseman, and he is not offering it.{end}
  on ride to {rider}, ride after {rider}, ride to horseman, ride after horseman, ride to rider, drive to {rider}, drive after {rider}, drive to horseman, drive after horseman, go to {rider}, walk to {rider}
    if rider is here
      You push through the crowd toward the horseman, Kowalski at your side. Kowalski calls to him in Russian. The horseman looks at your jeeps and your faces, does not smile, and rides off east.
      remove rider
      set rider-gone
      unlock fact horseman-at-leckwitz
    else
      The horseman has gone east, round the hedges, and the jeeps cannot get through this crowd, let alone follow a horse down lanes you don't know. Somebody here must know the way: ask around.
  on speak russian, talk russian, speak in russian, talk in russian, speak russian to {rider}, speak russian with {rider}, talk russian to {rider}, talk russian with {rider}, speak russian with him, speak russian to him, say something in russian
    if rider is here
      Your Russian is three words, and none of them are the right ones yet. Kowalski, the patrol's Russian speaker, steps up beside you and calls to the horseman in Russian. The horseman looks at your jeeps and your faces, does not smile, and rides off east.
      remove rider
      set rider-gone
      unlock fact horseman-at-leckwitz
    else
      The horseman is gone, and the crowd answers in Polish, Russian, French and German at once. Kowalski is the patrol's Russian speaker; you could ask him to TEACH you a few words.
  on follow {rider}
    The horseman is already trotting away through the crowd. You would never catch him on foot.
  on drink, drink with {crowd}, drink from bottle, take bottle, accept bottle, join {crowd}, celebrate with {crowd}
    Somebody pushes a bottle into your hand: something home-made and fierce. You take one swig, cough, and hand it back to a roar of laughter.
  on give {cigarettes} to {polish-worker}, offer {cigarettes} to {polish-worker}
    He takes one, tucks it behind his ear for later, and grins. {if guide-found}"Come, come!" He points east.{else}Then he looks past you, at the horseman.{end}
  on follow {polish-worker}, follow guide, follow worker, show us the way, show us way, show me the way, show me way, lead the way, lead way, lead on, lead us, guide us, show us, show me, yes show us, ok show us
    if guide-found and holding radio
      The Polish worker rides on the hood of the lead jeep and points the way, past fields and willows, to the Elbe.
      go to strehla-landing
    else if guide-found
      He is ready to show you the way, but not without your radio.
    else
      He isn't going anywhere yet. Talk to him.
  on wave after soldier, wave after russian, wave after him, wave to russian, wave at russian, wave to russian soldier, wave at russian soldier, wave goodbye
    only if rider-gone
    You wave after the horseman, but he has gone east, round the hedges, and doesn't look back. The crowd waves back for him.

scene strehla-landing "The Ferry Landing at Strehla"
  when 25 April 1945, shortly after noon
  where Strehla, west bank of the Elbe
  hint Signal to the far bank. Take the flare of the right colour (your signal card said which) and FIRE it.
    only if not signalled
  hint You need a boat. Look at the boat in the willows: it is half full of rainwater. BAIL it out (or EMPTY THE BOAT).
    only if not boat-bailed
  hint The boat has no oars. What does every man in the patrol carry that is long and flat at one end? Try PADDLE WITH RIFLES.
    only if not paddles-found
  hint Everything is ready. CROSS THE RIVER.
  Where the ferry used to land, the road runs into the wide brown river. Planks from a broken pontoon bridge are caught in the willows. Across the water, on the meadows of Lorenzkirch, soldiers in brown are moving. {if signalled}Green smoke drifts over the water.{else}The men stand along the bank with their rifles; Brennan guards the signal box, open on a jeep seat.{end}

  revisit
    The ferry landing, the willows, the wide brown river.
  exit "cross the river" or "take the boat" or "row across" or "row" or "row boat" or "cross" or "go across" or "cross over" or "go to other side" or "go to the other side" or "cross to other side" or "cross to the other side" or "row to other side" or "row to the other side" or "row across river" or "row across the river" or "paddle across" or "paddle across river" or "paddle across the river" or "get across" or "go over" to lorenzkirch-meadow "in the ferryman's boat"
    only if signalled and boat-bailed and paddles-found and holding radio, else "Not yet. {if not signalled}First the signal, so they know who you are.{else}{if not boat-bailed}The boat is half full of rainwater: bail it out first.{else}{if not paddles-found}There are no oars. You need something to paddle with.{else}Not without your radio.{end}{end}{end}"
    With Kotzebue and Joe Polowsky (he speaks Russian too) aboard, you paddle with rifle butts until a Soviet soldier throws a line.

  thing landing-road "road"
    nouns road, landing, ferry, fields
    adjectives ferry
    fixed
    The road runs straight into the river where the ferry used to land. Fields and willows lie behind it.
  thing signal-box "signal box"
    nouns box, lid, stencil
    adjectives signal, flare
    fixed
    A wooden box of signal cartridges, with something stencilled on the lid. {if green-flare is here and red-flare is here}Inside there are two kinds: green star flares and red star flares.{else if green-flare is here}Inside lies a green star flare.{else if red-flare is here}Inside lies a red star flare.{else}It is empty now.{end}
  on read {signal-box}
    US ARMY, stencilled in white on the lid, and under it, in pencil, somebody's idea of a joke: DO NOT SIT ON.
  thing green-flare "green flare"
    nouns flare, cartridge, band
    adjectives green, signal
    here In the signal box {if red-flare is here and not red-warned}lie a green flare and a red one{else}lies a green flare{end}.
    A signal flare cartridge with a green band. Green: the Americans.
  thing red-flare "red flare"
    nouns flare, cartridge
    adjectives red, signal
    here {if green-flare is here}{else}A red flare lies in the signal box.{end}
    A signal flare cartridge with a red band. Red: the Red Army's answer.
  thing boat "ferryman's boat"
    nouns boat, tender, kahn, skiff
    adjectives ferryman's, ferry, wooden, old
    fixed
    here In the willows lies the ferryman's old wooden boat{if boat-bailed}, bailed out{else}, half full of rainwater{end}.
    A heavy, tarred river boat, about twelve metres long, that belongs to the ferry. {if boat-bailed}It floats now, rocking gently against the willows.{else}It is half full of rainwater and fallen leaves. It will have to be bailed out before anyone can use it.{end} There are no oars. Someone has taken them, or they went down with the ferry.
  thing patrol-rifles "rifles"
    nouns rifles, rifle, butts, butt, guns, men
    adjectives patrol's
    fixed
    Half a dozen men of the patrol stand along the bank with their rifles: long, heavy, with wooden stocks. The butt of a rifle is broad and flat, almost like the blade of a paddle.
  thing planks "broken planks"
    nouns planks, plank, floats, float, pontoon, wreckage, bridge
    adjectives broken
    fixed
    Splintered planks and a float from the bridge of boats between Strehla and Lorenzkirch, caught in the willow roots. The bridge they came from was blown up only days ago.
  thing willows "willows"
    nouns willows, willow, trees
    fixed
    Old willows lean out over the water. Their roots have caught whatever the river brought down: planks, floats, a boat.
  thing elbe-landing "Elbe"
    nouns river, elbe, water, current
    fixed
    Wide, brown and fast. More than a hundred metres of it lie between you and the soldiers on the other side.
  thing far-bank "far bank"
    nouns bank, soldiers, figures, meadows, lorenzkirch, slope, roofs, village, russians, russian, soviets
    adjectives far, east, other
    fixed
    Meadows, a slope, the roofs of a village. Figures in brown move along the water's edge{if signalled}, waving now{else}, stopping now and then to look across at you{end}.
  thing landing-jeeps "jeeps"
    nouns jeep, jeeps, hood, seat
    fixed
    The jeeps are drawn up behind the willows. They won't cross the Elbe. The boat might.
  thing binoculars "Kotzebue's binoculars"
    nouns binoculars, glasses, field glasses
    adjectives kotzebue's, lieutenant's
    fixed
    Army binoculars, scuffed at the corners, hanging from Kotzebue's neck on a strap.
  on borrow {binoculars}, take {binoculars}, use {binoculars}, look through {binoculars}, ask {kotzebue-strehla} for {binoculars}
    Kotzebue lifts the strap over his head and hands you the binoculars. Across the river the meadows jump close: soldiers in brown, {if signalled}waving their arms and pointing at your boat{else}stopping to look across at you, rifles slung{end}. You hand them back.
  on west, go west, drive west
    Back west is miles of road you have already driven, and the Red Army is right across the water. Nobody in this patrol is turning round now.
  person kotzebue-strehla "Lieutenant Kotzebue"
    nouns lieutenant, kotzebue, buck
    here Kotzebue watches the far bank through binoculars.
    Kotzebue is watching the far bank through his binoculars and chewing his lip.
    talk
      "{if not signalled}Soviet troops on the far bank. Let's tell them who we are. Signal them, Sparks, the way the card says.{else}{if not boat-bailed}We need a way across. There's a boat in the willows. Get it ready.{else}{if not paddles-found}No oars. Well, we've got rifles.{else}Good. Into the boat. You're coming too, and bring the radio.{end}{end}{end}"
    about feel, how do you feel, mad, angry, happy, excited, how are you feeling
      {if in strehla-landing}"Like a man looking at the Red Army through binoculars, Sparks." He doesn't lower them. "Ask me again on the other side."{else}{if in lorenzkirch-meadow}Kotzebue looks out over the meadow for a long time. "Not like I thought I would, Sparks," he says quietly.{else}{if in lorenzkirch}"Happy, Sparks. Tired, and happy, and not thinking about headquarters." He grins. "Not yet."{else}"Like a man who crossed a river and came back, Sparks." He looks across at the meadow. "Ask me again tomorrow."{end}{end}{end}
    about age, old, how old, before the war, before war, job back home, job at home, job home, family, home, where from, will after, do after, get here, got here, sad, seem sad
      Kotzebue doesn't lower the binoculars. "Ask me on the way home, Sparks. {if signalled}Right now I'm a lieutenant who needs a boat.{else}Right now I'm a lieutenant with the Red Army on the other bank. Green.{end}"
    about russians, soviets, red army, soldiers, over there, far bank, other side, other bank
      "{if not signalled}That's them, all right. Let's make sure they know who we are first. Green, Sparks.{else}They've seen us. Now let's get over there.{end}"
    about binoculars, watching, looking
      "Soldiers in brown, on the meadows over there," Kotzebue says, without lowering the binoculars. "{if signalled}Waving, now. Look at them.{else}Watching us, same as we're watching them. Green, Sparks.{end}"
    about flares, flare, signal, green, red, answer, see, seen, saw, see it, see us, notice, noticed
      {if signalled}"No red," Kotzebue says, eyes on the far bank. "Maybe they had none to hand. Maybe they never saw ours. They're waving; that'll do."{else}"Soldiers in brown over there, watching us," Kotzebue says, binoculars up. "Green, Sparks. Like the card says."{end}
    about rifles, rifle, rifle butts, butts, butt, paddle with rifles, paddles, paddle, paddling, row with rifles
      if paddles-found
        "Rifle butts it is," Kotzebue says. "The boat's ready when you are."
      else if boat-bailed
        You borrow a rifle from the nearest man, hold it up butt first, and make a paddling movement. Kotzebue laughs. "That'll do. Rifle butts it is."
        set paddles-found
      else
        "Paddles are no good in a boat full of water," Kotzebue says. "Bail it out first."
    about boat, oars, crossing, river, elbe
      "{if not boat-bailed}There's a boat in the willows. Get the water out of it.{else}{if not paddles-found}No oars. Think of something.{else}We cross as soon as you're in.{end}{end}"
    about anything else
      "{if not signalled}Later, Sparks. First the signal.{else}{if not boat-bailed}Later. First that boat.{else}{if not paddles-found}Later. First something to paddle with.{else}Later. Into the boat.{end}{end}{end}"
  on order {kotzebue-strehla}
    Kotzebue doesn't lower the binoculars. "{if not signalled}Nobody goes anywhere yet, Sparks, with the Russians right over there. First we signal them: green.{else}{if not boat-bailed}Across, Sparks, not back. First get the water out of that boat.{else}{if not paddles-found}Across, Sparks, not back, as soon as we've got something to paddle with.{else}Across. Get in the boat.{end}{end}{end}"
  person kowalski-strehla "Kowalski"
    nouns kowalski, corporal, technician
    here {if in trebsen}{end}
    Kowalski, the patrol's Russian speaker, with his hands cupped round his mouth.
    talk
      Kowalski puts his hands to his mouth and calls across the water in Russian. The wind takes most of it. "Too far," he says. "{if signalled}But they've seen the flare. Now we need a way across.{else}Fire the green, Sparks. They'll understand that.{end}"
    about age, old, how old, before the war, before war, job back home, job at home, job home, family, home, where from, will after, do after, get here, got here, sad, seem sad
      "All that on the way home, Sparks," Kowalski says, watching the far bank. "{if signalled}Right now I want to be the first man over there to say hello.{else}Right now there's a river between us and the first Russians I've ever talked to. Green flare.{end}"
    about first name, name, your first name
      "Steve," Kowalski says, without taking his eyes off the far bank. "Stephen, if you ask the army."
    about anything else
      "Later, Sparks," Kowalski says, watching the far bank. "{if signalled}Get us across, and I'll do the talking.{else}First the green flare.{end}"
  on order {kowalski-strehla}
    Kowalski puts his hands to his mouth and calls across the water in Russian. The wind takes most of it. "Too far," he says. "{if signalled}But they've seen the flare. Now we need a way across.{else}Fire the green, Sparks. They'll understand that.{end}"
  person brennan-strehla "Sergeant Brennan"
    nouns sergeant, sarge, brennan
    here {if signalled}Brennan crouches by the jeeps.{end}
    Brennan has his rifle across his knees and his eyes on the other side of the river.
    talk
      {if signalled}"Nice shooting," he says, without taking his eyes off the far bank. "Now let's hope that boat floats."{else}"Green, Sparks," he says, without taking his eyes off the far bank. "Green is us. Don't get clever."{end}
    about shovel, spade, shovels, spades, entrenching tool, dig
      {if paddles-found}"Rifle butts'll do better than any shovel, kid. Get in."{else}{if boat-bailed}"A shovel?" Brennan pats the rifle across his knees. "Close, Sparks. Something longer. Long, wooden, flat at one end."{else}"A shovel? For a boat full of water?" He snorts. "Bail it first, Sparks. Then we'll talk about what to paddle with."{end}{end}
    about come, coming, join, along, with us, coming with us
      "Somebody has to watch the jeeps, kid. I'll be right here on this bank when you get back." He doesn't take his eyes off the far bank.
    about berlin
      "Not today, kid. Today it's that river."
    about russians, soviets, red army
      "They look like soldiers to me. Tired ones. Let's not give them a reason to shoot."
    about flares, flare, signal, green, red, answer
      {if signalled}"No red," Brennan says. "Maybe they're short of flares, same as everybody. They're waving. I'll take waving."{else}"Green, Sparks. Green is us. Don't get clever."{end}
    about rifles, rifle, rifle butts, butts, butt, paddle with rifles, row with rifles
      if paddles-found
        "Rifle butts it is," Brennan says. "Now get in."
      else if boat-bailed
        Brennan hands you his rifle, butt first. You make a paddling movement with it, and Kotzebue laughs. "That'll do. Rifle butts it is."
        set paddles-found
      else
        "First get the water out of that boat, Sparks."
    about oars, oar, paddles, paddle, boat
      "{if not signalled}First the signal, Sparks.{else}No oars?{end}" He pats the rifle across his knees. "{if signalled}Long, wooden, flat at one end. Think about it.{else}Green. Then we worry about boats.{end}"
    about age, old, how old, home, where from, family, mother, ohio
      "Twenty-eight, Ohio, and a mother who writes every week," Brennan says, without taking his eyes off the far bank. "That's the lot, kid. {if not signalled}Now: green.{else}Now get that boat ready.{end}"
    about anything else
      "Not now, kid," he says, eyes on the far bank. "{if not signalled}Green, Sparks.{else}Get that boat ready.{end}"
  on order {brennan-strehla}
    {if not signalled}"Help with what, Sparks?" Brennan says. "Fire the green, the way the card says."{else}{if not boat-bailed}"Help? Get the water out of that boat first, Sparks."{else}{if not paddles-found}"No oars?" He pats the rifle across his knees. "Long, wooden, flat at one end. Think about it."{else}"Get in the boat, Sparks. That's all the help you need."{end}{end}{end}
  person guide-strehla "young Polish worker"
    nouns worker, pole, guide, labourer, man, guy, lad
    adjectives young, polish
    here {if signalled}Your Polish guide is grinning.{end}
    Your guide. He looks as excited as any of you.
    talk
      "Russians," he says, pointing across the water. "You see? I told you."
    about anything else
      He points across the water, grinning. "Russians! You go, you go!"
  on fire {green-flare}, shoot {green-flare}, launch {green-flare}, light {green-flare}, use {green-flare}, send up {green-flare}, fire {green-flare} into sky, shoot {green-flare} into sky, fire {green-flare} into air, shoot {green-flare} into air, fire {green-flare} in air, shoot {green-flare} in air, fire {green-flare} up in air, shoot {green-flare} up in air, shoot {green-flare} up into sky, fire {green-flare} up into sky, shoot {green-flare} up, fire {green-flare} up, send {green-flare} up, fire {green-flare} over river, shoot {green-flare} over river, signal with {green-flare}, signal {green-flare}, signal {far-bank}, signal to {far-bank}, signal at {far-bank}, signal across, signal across river
    only if holding green-flare, else "{if signalled}The green flare has gone up already, and over there arms are waving.{else}You need to take the green flare out of the box first.{end}"
    The green star climbs over the river and drifts down.

    No red answers. Then the Polish worker puts his hands to his mouth and yells: "Amerikanski!" Over there, arms begin to wave.
    remove green-flare
    set signalled
    unlock fact flares-at-the-river
  # `fire` alone, as the hint's "FIRE it" reads to a pupil (the second blind teacher: "What do you want to attack?").
  on fire, shoot, launch, fire the gun, fire gun, shoot gun, fire signal, send signal, send up signal
    {if signalled}The green flare has gone up already, and over there arms are waving. Nobody needs another.{else}Fire what? The flares are in the signal box: green for us, red for them. Take the right one out and FIRE it.{end}
  on fire {red-flare}, shoot {red-flare}, launch {red-flare}, light {red-flare}, use {red-flare}, send up {red-flare}, fire {red-flare} into sky, shoot {red-flare} into sky, fire {red-flare} into air, shoot {red-flare} into air, shoot {red-flare} up, fire {red-flare} up
    only if holding red-flare, else "You'd have to take the red flare out of the box first."
    if red-warned
      You load the red cartridge, ignore the sergeant's shout and fire.
      end wrong-flare
    else
      Sergeant Brennan grabs your wrist. "Red? Are you crazy? Red is their colour. We fire green; they answer red. You send up red from this bank and they'll think we're Germans playing tricks." He takes the red cartridge out of your hand and drops it back into the signal box. "If you really mean to, take it out again and fire it. But it's on you."
      set red-warned
      move red-flare here
  on shout, yell, shout amerikanski, yell amerikanski, call amerikanski, shout americans, shout across, call across, wave, wave at {far-bank}, wave to {far-bank}, shout to {far-bank}, call to {far-bank}, wave back, wave back at {far-bank}, wave back to {far-bank}, wave at them, wave to them, wave at russians, wave to russians, wave at soviets, wave to soviets
    {if signalled}You put your hands to your mouth and join the Polish worker: "Amerikanski!" On the far bank, more arms wave back.{else}Your shout goes out over the water and is lost in the wide brown quiet. Kotzebue lowers his binoculars. "Signal first, Sparks. Green. Then they'll know who's shouting."{end}
  on bail {boat}, empty {boat}, bail out {boat}, drain {boat}, drain boat, drain water, drain water from {boat}, use {helmet} on {boat}, bail {boat} with {helmet}, bail, bail out, bail out water, bail water, bail out rainwater, empty water, make water out of {boat}, take water out of {boat}, take water from {boat}, take water from {boat} with {helmet}, take water out of {boat} with {helmet}, take out water, take out water with {helmet}, take rainwater out of {boat}, take rainwater from {boat}, remove water from {boat}, remove water, get water out of {boat} with {helmet}, get water from {boat}, scoop water with {helmet}, scoop water from {boat}, make {boat} dry, scoop water, scoop out water, get water out, get water out of {boat}, bail water out of {boat}, empty water out of {boat}, empty water from {boat}, bail water from {boat}, scoop water out of {boat}, pour water out of {boat}, tip water out of {boat}, empty out {boat}, bail out water with {helmet}, bail water with {helmet}, bail out {boat} with {helmet}, empty {boat} with {helmet}, bail with {helmet}, scoop water with {helmet}, scoop out {boat} with {helmet}, use {helmet} to bail, use {helmet} to bail {boat}, use {helmet} to bail out {boat}, use {helmet} to empty {boat}, use {helmet} to bail out water, use {helmet} to bail water, bail {boat} using {helmet}, bail using {helmet}, empty {boat} using {helmet}
    only if not boat-bailed, else "The boat is already bailed out."
    You bail with {if holding helmet}your helmet{else}a rusty can{end}, and two men help. Ten minutes later the boat floats.
    set boat-bailed
  on paddle with {patrol-rifles}, use {patrol-rifles} as paddles, use {patrol-rifles} as paddle, use {patrol-rifles} as oars, use {patrol-rifles} as oar, row with {patrol-rifles} as oars, use {patrol-rifles} on {boat}, row with {patrol-rifles}, use {patrol-rifles}, paddle, paddle {boat} with {patrol-rifles}, row {boat} with {patrol-rifles}, paddle across with {patrol-rifles}
    if paddles-found
      Rifle butts it is. The boat is ready when you are.
    else if boat-bailed
      You borrow a rifle from the nearest man, hold it up butt first, and make a paddling movement. Kotzebue laughs. "That'll do. Rifle butts it is."
      set paddles-found
    else
      Paddles would be no good in a boat full of water. Bail it out first.
  on paddle with {helmet}, use {helmet} as paddle, use {helmet} as paddles, use {helmet} as oar, use {helmet} as oars, row with {helmet}, use helmets as paddles, use helmets as oars, paddle with helmets, row with helmets
    {if paddles-found}Rifle butts it is; the helmets are for bailing.{else}A helmet scoops water well, but it is too small to paddle a boat with. Something longer, flat at one end: the rifles along the bank.{end}
  on take {patrol-rifles}, borrow {patrol-rifles}, get {patrol-rifles}, grab {patrol-rifles}, ask for {patrol-rifles}, borrow {patrol-rifles} from {patrol-rifles} if boat-bailed
    if paddles-found
      Rifle butts it is. The boat is ready when you are.
    else
      You borrow a rifle from the nearest man, hold it up butt first, and make a paddling movement. Kotzebue laughs. "That'll do. Rifle butts it is."
      set paddles-found
  on what do we row with, what can we row with, what do we paddle with, what can we paddle with, what do i row with, what do i paddle with, how do we row, how do we paddle, what can we use as oars, what can we use as paddles, what do we use as oars, what do we use as paddles
    only if not paddles-found, else "Rifle butts: you worked that out already. The boat is ready when you are: CROSS THE RIVER.{if not signalled} (But first the signal, so they know who you are.){end}"
    No oars in the boat, none on the bank. What does every man in the patrol carry that is long and flat at one end? (Type HINT for a plainer answer.)
  on look for oars, where are the oars, where r the oars, where are oars, where r oars, where are the paddles, where is the oar, are there oars, are there any oars, is there an oar, no oars, find oars, search for oars, look for paddles, find paddles, search for paddles, look for oar, find oar, look for paddle, find paddle, look for something to paddle with, look around for something to paddle with, find something to paddle with, search for something to paddle with, look for something to row with, find something to row with, look around for oars, look around for paddles
    There are no oars in the boat and none on the bank: the ferryman took them with him. Your eye falls on the men along the bank, and the broad, flat butts of their rifles.
  on talk to {patrol-rifles}, ask {patrol-rifles} for help, ask {patrol-rifles} for shovels, ask {patrol-rifles} for shovel, ask {patrol-rifles} for spades, ask {patrol-rifles} for oars, ask {patrol-rifles} for oar, ask {patrol-rifles} for paddles, ask {patrol-rifles} for paddle, ask {patrol-rifles} for their shovels, ask {patrol-rifles} for their spades, ask {patrol-rifles} for their oars, ask {patrol-rifles} for their paddles, ask {patrol-rifles} for their help
    {if paddles-found}The men grin and take their rifles by the barrel, butts down, ready to paddle.{else}Nobody has oars, or shovels, or anything like them: only what each man carries, a rifle with a broad, flat wooden butt.{end}
  on paddle with {planks}, use {planks}, use {planks} as paddles, use {planks} as paddle, use {planks} as oars, use {planks} as oar, row with {planks}, take {planks}, take {planks} from {willows}, pull {planks} out of {willows}, get {planks} from {willows}, paddle across with {planks}, row across with {planks}, paddle across river with {planks}, paddle across the river with {planks}, row across river with {planks}, cross river with {planks}, cross the river with {planks}
    The planks are waterlogged and splintered, and far too heavy. What else is long, and flat at one end?
  on get in {boat}, get into {boat}, board {boat}, climb into {boat}, climb in {boat}, enter {boat}, sit in {boat}, step into {boat}, launch {boat}, use {boat}, get in, climb in, in, board, embark
    if signalled and boat-bailed and paddles-found and holding radio
      You climb in with the others. You paddle with rifle butts against the current until a Soviet soldier wades out and throws you a line.
      go to lorenzkirch-meadow
    else
      Not yet. {if not signalled}First the signal, so they know who you are.{else}{if not boat-bailed}The boat is half full of rainwater: bail it out first.{else}{if not paddles-found}There are no oars. You need something to paddle with.{else}Not without your radio.{end}{end}{end}
  on use {radio}, radio headquarters, call headquarters, report contact, report, send message, radio regiment, switch on {radio}, turn on {radio}, switch {radio} on, turn {radio} on, call hq, radio hq, radio battalion, call battalion, call regiment, send coordinates, radio coordinates, send position, radio position, send map coordinates, radio captain, call captain, radio ferris, call ferris, radio the captain, call the captain, radio in, should i radio in our position now, should i radio in our position, should i radio our position, should i radio in, should i radio headquarters, should i call in, should i call headquarters, should i report, should we radio in, should i radio now, should i send our position
    Kotzebue shakes his head. "Report contact once we've made it, Sparks. Waving across a river isn't contact. When we've shaken hands over there, you send it."
  on look at other side, examine other side, look across, look across river, look at other bank, look over there, look to other side, watch other side
    Meadows, a slope, the roofs of a village. Figures in brown move along the water's edge{if signalled}, waving now{else}, stopping now and then to look across at you{end}.
  on why did {guide-strehla} shout amerikanski, why did he shout amerikanski, why did he shout, why did {guide-strehla} shout, what does amerikanski mean, what is amerikanski, why amerikanski
    {if signalled}"So they know who we are," Kotzebue says, binoculars up. "Amerikanski: Americans. A flare they might not see; a shout like that they can't mistake."{else}Nobody has shouted anything yet. Signal first, Sparks: green.{end}
  on have they seen us, have they seen it
    {if signalled}"They saw it," Kotzebue says, binoculars up. "Look at them. They're waving."{else}Not yet: you haven't signalled. Green, Sparks, like the card says.{end}
  on what is over there, whats over there
    Across the water, on the meadows of Lorenzkirch, soldiers in brown are moving{if signalled}, waving their arms{end}. "Red Army," Kotzebue says, without lowering his binoculars. "Has to be."
  on fire another green, fire another flare, fire another green flare, fire another, another flare, fire green again, fire flare again, fire again, fire second flare, fire one more
    {if signalled}"One's enough," Kotzebue says. "They've seen it. Look, they're waving."{else}Take the green flare out of the signal box and FIRE it.{end}
  on borrow a rifle, borrow rifle
    if paddles-found
      Rifle butts it is. The boat is ready when you are.
    else if boat-bailed
      You borrow a rifle from the nearest man, hold it up butt first, and make a paddling movement. Kotzebue laughs. "That'll do. Rifle butts it is."
      set paddles-found
    else
      "Sure," says the nearest man, "but what for? That boat's full of water." Bail it out first.
  on paddle with {radio}, use {radio} as paddle, use {radio} as a paddle, use {radio} as oar, use {radio} as oars, row with {radio}
    The aerial would bend, and the set would sink, and with it your whole job. What else is long, and flat at one end?
  on put {red-flare} back, put back {red-flare}, return {red-flare}, put {red-flare} away, put away {red-flare}, put {red-flare} back in box, put {red-flare} in box, put {red-flare} back in {signal-box}, put {red-flare} in {signal-box}
    only if holding red-flare, else "The red flare is in the signal box, where it belongs."
    You put the red flare back in the signal box. Brennan breathes out. "Good call, Sparks."
    move red-flare to strehla-landing
  on swim, swim across, swim across the river, swim across river, swim the river, swim across the elbe, swim the elbe, swim over, swim to the other side
    The Elbe is cold and fast, and it is full of things you do not want to swim into. No.

scene lorenzkirch-meadow "The Meadows at Lorenzkirch"
  when 25 April 1945, about 12:30 to 13:30 (sources differ)
  where East bank of the Elbe
  fact crossing-at-strehla
  hint Greet the Soviet officer who has come down to meet you: TALK TO GOLOBORODKO.
    only if not met-goloborodko
  hint The senior officers are up in the village. Go EAST{if visited lorenzkirch}, and hear out the political officer up there, Colonel Karpovich{end}.
    only if not sent-back
  hint Talk to Polowsky. Then make the promise the soldiers made here: PROMISE.
    only if not sworn
  hint It is time to go back across: CROSS THE RIVER.
  first visit
    Hands haul you up the bank, someone laughs, and then you look past them.
  The meadow is strewn with bundles, a pram, shoes. The people who carried them lie where they fell three days ago, when the bridge of boats was blown up and the crowds here were caught between two armies. Nobody has buried them yet. Up the slope is Lorenzkirch.

  revisit
    The meadow below Lorenzkirch, among the dead. The ferryman's boat waits at the bank.
  exit east to lorenzkirch "to the village"
    only if met-goloborodko, else "A Soviet officer is coming down the slope toward you. Better greet him first."
  exit up to lorenzkirch
    only if met-goloborodko, else "A Soviet officer is coming down the slope toward you. Better greet him first."
  exit "cross the river" or "take the boat" or "row back" or "cross back" or "back across" or "row" or "cross" or "go across" or "go back across" or "go to other side" or "go to the other side" or "cross to other side" or "cross to the other side" or "row across" or "row across the river" or "get across" or "go over" or "go back over" or "back over" or "cross back over" to strehla-dike "back to Strehla"
    only if sworn, else "Not yet. {if not sent-back}{if visited lorenzkirch}Up in the village the officers have not yet decided what happens to you. Go back up and see.{else}You have only just arrived: the Soviet officers are waiting for you up in the village.{end}{else}{if heard-polowsky}Polowsky asked for a promise, here, among the dead. Make it with him: PROMISE.{else}Polowsky is standing by the water with the Soviet soldiers, and he has something to say. Talk to him.{end}{end}"
    The Soviet soldiers push the boat off, and the current carries you back.
    clear left-yard
    unlock fact pontoon-bridge-disaster
  on sorry, say sorry, apologise, apologize
    Nobody answers. Polowsky nods, once. There is nothing anyone can say here.
  on this is so sad, this is so sad why did this happen, why did this happen, why did it happen, how could this happen, why did this happen here, how did this happen, why did they die, why are they dead
    "Why?" Polowsky shakes his head slowly. "Three days ago the Germans blew up the bridge of boats with people still on it, and then both sides were shooting across this meadow. That's the how, Sparks." He looks along the grass. "The why, nobody here can tell you."
  on who are all these people, who are these people, who were all these people, who were these people, who are they, who were they, who are the dead, who were the dead
    You make yourself look. Old men, women, children, soldiers, lying where they fell. Someone says that young Ukrainians, deported here as forced labourers, are among them. Nobody here knows their names.
  on west, go west, w, go back west, row west
    Strehla is west, across the river. CROSS THE RIVER to go back.
  thing meadow "meadow"
    nouns meadow, meadows, grass, slope, village, lorenzkirch, roofs
    fixed
    Flat grass by the river, rising to a slope and the roofs of Lorenzkirch. It is strewn with bundles and shoes, and with the dead who carried them, lying where they fell.
  thing meadow-elbe "Elbe"
    nouns river, elbe, water, current, bank, bridge
    fixed
    The wide brown river you have just crossed. Strehla is on the other side.
  thing belongings "belongings"
    nouns belongings, bundles, bundle, pram, suitcase, shoes, shoe
    fixed
    A pram on its side, a burst suitcase, bundles tied with string, a single shoe. The things people carry when they have to leave everything else behind.
  thing meadow-dead "dead"
    nouns dead, bodies, body, victims, people, crowds, labourers
    fixed
    You make yourself look. Old men, women, children, soldiers, lying where they fell. Someone says that young Ukrainians, deported here as forced labourers, are among them. Nobody here knows their names.
  # `look at them` after Polowsky's "Look at them. Just look." (the sixty-eighth blind run had Polowsky described).
  on look at them, examine them, x them, look at them all, look at all of them, look at those people, look at these people
    You make yourself look. Old men, women, children, soldiers, lying where they fell. Someone says that young Ukrainians, deported here as forced labourers, are among them. Nobody here knows their names.
  thing meadow-boat "ferryman's boat"
    nouns boat, tender, mud
    adjectives ferryman's, ferry, wooden, old
    fixed
    The ferryman's old boat, pulled up on the mud. A Soviet soldier sits on the bow, keeping an eye on it for you.
  person goloborodko "Senior Lieutenant Goloborodko"
    nouns goloborodko, officer, lieutenant, senior, company, tunic, comrade, tovarishch, tovarish
    here Senior Lieutenant Goloborodko has come down with his company.
    A broad young officer with medals on his tunic and mud to his knees.
    talk
      {if met-goloborodko}{if visited lorenzkirch}He grins and grips your hand again. "Amerikanets," he says, and claps you on the shoulder.{else}He grins and grips your hand. "Polkovnik," he says, pointing up the slope.{end}{else}He salutes, then grabs your hand in both of his. Polowsky translates: Senior Lieutenant Grigory Goloborodko and his company. He points up the slope: "Polkovnik." Colonel.{end}
      set met-goloborodko
    about age, old, how old, birthday
      Polowsky translates. For the first time Goloborodko laughs, and holds up his hands: no number. "He says: after four years of this war, everybody is old," Polowsky says.
      set met-goloborodko
    about before the war, before war, job back home, job at home, job home, civilian, will after, do after, after war, plans
      Polowsky translates. Goloborodko looks east for a moment. "He says: before the war, another life. After the war, he goes home and sleeps," Polowsky says. "He says it will be soon."
      set met-goloborodko
    about war, the war
      Goloborodko looks out over the meadow, then back at you. "Soon," Polowsky translates for him. "Soon it is over. Not soon enough for them."
      set met-goloborodko
    about sad, seem sad, upset, unhappy, you ok, you okay, think
      Polowsky translates. Goloborodko looks out over the meadow and answers quietly. "He says: today nobody on this meadow is happy," Polowsky says. "Not them, not us."
      set met-goloborodko
    about get here, got here, came here
      Polowsky translates. Goloborodko points east, far east, and then at his muddy boots. "On foot, he says. A long way," Polowsky says.
      set met-goloborodko
    about colonel, polkovnik, village, officers, company
      Polowsky translates: the colonel is up in the village, with the regiment's officers. Goloborodko points up the slope. "Polkovnik."
      set met-goloborodko
    about dead, meadow, bodies, killed, people, refugees
      Polowsky translates. Goloborodko takes off his cap and looks out over the meadow for a long moment. He says nothing, and nobody asks him again.
      set met-goloborodko
    about bridge, boats, bridge of boats, river, elbe
      Polowsky translates. Goloborodko looks at the river, where the broken boats of the bridge lie in the shallows, and shakes his head slowly. He does not answer.
      set met-goloborodko
    about happy, war over, ending, end, peace, victory, over, soon, finished
      Goloborodko looks out over the meadow, then back at you. "Soon," Polowsky translates for him. "Soon it is over. Not soon enough for them."
      set met-goloborodko
    about america, americans, american, like america, allies, friends, friend, we are friends, friendship
      Polowsky translates. Goloborodko grins and grips your hand again. "Amerikantsy," he says, and something more. "Allies," Polowsky says. "He says: today, friends."
      set met-goloborodko
    about english, speak, speak english, language, russian, translate
      Goloborodko laughs and shakes his head: no English. He nods at Polowsky, who is doing the talking for everybody on this meadow.
      set met-goloborodko
    about fighting, fought, how long, long, years, army
      Polowsky translates. Goloborodko only shrugs, and points east, far east: a long way, and a long time.
      set met-goloborodko
    about bury, burial, buried, graves, grave
      Goloborodko answers quietly, and Polowsky translates: "Our people will bury them. Not today. Today they must wait a little longer."
      set met-goloborodko
    about polowsky, interpreter
      Goloborodko claps Polowsky on the shoulder and says something that makes him look away. "He says I speak Russian like a grandmother," Polowsky says. "From Chicago."
      set met-goloborodko
    about medals, medal, tunic, chest, on your chest
      Polowsky translates. Goloborodko glances down at the medals and shrugs. "Not today," Polowsky translates. "Today is not a day for medals."
      set met-goloborodko
    about home, family, where from
      {if not met-goloborodko}He salutes and grabs your hand in both of his: Senior Lieutenant Grigory Goloborodko. {end}Polowsky translates. Goloborodko points east, far east, and smiles for the first time. Then he looks at the meadow again, and the smile goes.
      set met-goloborodko
    about name
      {if met-goloborodko}"Goloborodko," he says again, patiently, and grins when you try to say it back.{else}He salutes, then grabs your hand in both of his. Polowsky translates: Senior Lieutenant Grigory Goloborodko and his company. He points up the slope: "Polkovnik." Colonel.{end}
      set met-goloborodko
    about anything else
      Polowsky translates. Goloborodko listens, {if sent-back}looks past you at the soldiers by the water, and says nothing.{else}{if visited lorenzkirch}shrugs, and grins: his answer is for the colonel's table, not the meadow.{else}shakes his head, and points up the slope: the colonel, in the village. That is who you should talk to.{end}{end}
      set met-goloborodko
  on give {cigarettes} to {goloborodko}, offer {cigarettes} to {goloborodko}
    Goloborodko takes one with a nod of thanks and hands the pack back. Nobody on this meadow feels like celebrating yet.
  on what happened here joe, what happened here polowsky, what happened joe, what happened here {polowsky}
    "Refugees, mostly, and forced labourers," Polowsky says. "Three days ago the Germans blew up the bridge of boats with people still on it, and then both sides were shooting." He stops. "Look at them. Just look."
  on why does it matter to you, why does this matter to you, why does that matter to you, why does it matter so much to you, why is it important to you
    only if talking to polowsky
    "Because nobody will even write down their names, Sparks." He looks along the meadow. "Somebody has to remember them. Why not us?"
  on order {polowsky}
    {if sworn}"We've told them everything that matters, Sparks," Polowsky says quietly. "The boat's waiting."{else}{if met-goloborodko}Polowsky puts it into Russian for the soldiers nearest him. They nod; they know who you are. "They knew when we climbed out of the boat, Sparks," he says, his eyes on the meadow. {if sent-back}"What's left to say here is something else."{else}"Up in the village I'll put anything you like into Russian. The colonel's waiting."{end}{else}"Amerikantsy!" Polowsky calls to the officer coming down the slope: Americans. The officer raises a hand. Go and meet him: TALK TO GOLOBORODKO.{end}{end}
  person polowsky "Polowsky"
    nouns polowsky, joe, joseph, private, interpreter
    here Joe Polowsky, your interpreter, {if sent-back}stands by the water with Soviet soldiers{else}{if visited lorenzkirch}has come back down the slope with you{else}stands by the water{end}{end}.
    Private First Class Joseph Polowsky, one of the men who speak Russian on the patrol. He is looking at the meadow, not at the river.
    talk
      only if sent-back, else "\"I never thought it would look like this,\" Polowsky says. He doesn't take his eyes off the meadow.{if met-goloborodko}{if visited lorenzkirch} \"The colonels haven't said what happens to us yet, Sparks. Go back up and hear them out: the political officer, Karpovich, has the last word.\"{else} \"Go on up, Sparks. The colonel's waiting in the village, and I'm coming to translate.\"{end}{end}"
      {if sworn}"We said it," Polowsky says quietly. "Now we have to remember it."{else}{if heard-polowsky}"Well?" Polowsky says quietly. "Somebody has to remember them, Sparks. Why not us, here, today? Will you promise?"{else}"Look at this," Polowsky says quietly. "We ought to promise something. Here. That we'll do what we can so this never happens again." The soldiers near him nod.{end}{end}
      set heard-polowsky
    about change anything, change nothing, wont change, will not change, dont think, do not think, pointless, no point, useless, no use, why bother, wont help, will not help, what good, good is a promise, what good is a promise, not sure, unsure, why promise, can not promise, can not promise that, only a radioman, just a radioman, do not think i can
      only if sent-back and not sworn
      Polowsky doesn't argue. "Maybe it won't change a thing, Sparks. I'm not asking you to fix the world. Only not to forget them." He looks back at the meadow and waits; when you are ready, PROMISE.
      set heard-polowsky
    about never let this happen, never again, happen again, never happen, never let, i agree, agree, you are right, youre right, yes promise, i promise, we promise, lets promise, ok promise, promise too, i swear, yes swear, we swear, swear too
      only if sent-back and not sworn
      "That's it, Sparks. That's the whole promise." Polowsky turns to the Soviet soldiers and says it again in Russian. Among the dead, in two languages, you and the Soviet soldiers promise one another to do all you can so that this never happens again.
      Nobody writes it down. Years later, Polowsky will call it the Oath of the Elbe.
      set sworn
      unlock fact oath-of-the-elbe
    about never let this happen, never again, happen again, never happen, never let, i agree, agree, you are right, youre right, yes promise, i promise, we promise, lets promise, ok promise, promise too, i swear, yes swear, we swear, swear too
      only if not sent-back
      Polowsky turns and looks at you for a long moment. "Yes," he says slowly. "That's it, Sparks. That's what we ought to promise, all of us." He looks up the slope, where the colonel is waiting. "But not yet. First the colonel, up in the village. When we come back down to this meadow, we say it here, with them."
      set heard-polowsky
    about never let this happen, never again, happen again, never happen, never let, i agree, agree, you are right, youre right, yes promise, i promise, we promise, lets promise, ok promise, promise too, i swear, yes swear, we swear, swear too
      "We said it," Polowsky says quietly. "Now we have to remember it."
    about why does it matter, matter so much, why matter, why important, why do you care, why care
      "Because nobody will even write down their names, Sparks." He looks along the meadow. "Somebody has to remember them. Why not us?"
    about age, old, how old, before the war, before war, job back home, job at home, job home, family, will after, do after
      "Chicago, Sparks. The rest some other day." He doesn't take his eyes off the meadow. "Not here."
    about oath, promise, swear
      only if sent-back, else "Polowsky shakes his head. \"Not yet, Sparks. First the colonel, up in the village. When we come back down to this meadow, we say it here, with them.\""
      {if sworn}"We said it," Polowsky says quietly. "Now we have to remember it."{else}"We ought to promise something," he says. "Here, all of us. That we'll do whatever we can so this never happens again."{end}
      set heard-polowsky
    about after the war, after, future, later, years
      "After the war?" Polowsky shakes his head. "I don't know, Sparks. I only know I won't forget this."
    about happy, war, ending, end, over, peace, victory
      "Happy?" Polowsky looks out over the meadow. "Ask me when somebody has buried them, Sparks."
    about who blew up, who blew, who did it, who did this, blew up, blown up, who blew up the bridge, who destroyed the bridge
      "German troops, Sparks. The evening of the twenty-second, with the people still on it."
    about meadow, dead, bridge, people, ppl, who were, who are, refugees, what happened, happened, here
      "Refugees, mostly, and forced labourers. Three days ago the Germans blew up the bridge of boats with people still on it, and then both sides were shooting." He stops. "Look at them. Just look."
    about language, russian language, speak russian, translate, translating, learn, learned, learnt, learn russian
      "I get by," he says. "Enough to translate. Not enough for this."
    about russians, soviets, red army, soldiers, these soldiers
      "Look at them, Sparks. Tired, same as us, and a long way from home." He looks at the soldiers coming down the slope. "They've been at this since 1941. Longer than any of us."
    about polkovnik, what does polkovnik mean
      "Polkovnik? Colonel," Polowsky says. "He means the regiment's commander, up in the village. That's who wants to see us."
    about mean, what do you mean, idea, what promise, promise what
      only if sent-back
      {if sworn}"We said it," Polowsky says quietly. "Now we have to remember it."{else}"Look at them, Sparks. Nobody will even write down their names." He looks along the meadow. "So we promise, here, all of us: that we'll do what we can so this never happens again. Will you promise?"{end}
      set heard-polowsky
    about remember, forget, anyone remember
      only if sent-back
      {if sworn}"We said it," Polowsky says quietly. "Now we have to remember it."{else}"Only if we make ourselves," Polowsky says. "Look at them. We ought to promise something, here, all of us: that we'll do what we can so this never happens again. Will you promise?"{end}
      set heard-polowsky
    about wrong, ok, okay, alright, all right, feel, feeling, feels, matter, sad, upset, scared, afraid
      Polowsky shakes his head. "Nothing's wrong with me, Sparks." He doesn't take his eyes off the meadow. "Look at them. That's what's wrong."
    about where from, home, chicago, hometown
      "Chicago," he says, without taking his eyes off the meadow. "A long way from this."
    about kids, children, child, babies, baby, were there kids, any kids, women
      Polowsky looks along the meadow and nods, slowly. "Children too, Sparks. Old men, women, children." He swallows. "Nobody here knows their names."
    about job, your job, whats your job, what do you do, interpreter, translator
      "Interpreter, today. I put their Russian into English and ours into Russian." He looks at the meadow. "Nobody told me I'd have to translate this."
    about anything else
      {if sent-back}{if sworn}Polowsky shakes his head slowly. "Not here, Sparks. We said what mattered. The boat's waiting."{else}He shakes his head. "Look around you, Sparks. We ought to promise something, here: that we'll do what we can so this never happens again. Will you promise?"{end}{else}Polowsky hears you out, but his eyes stay on the meadow. "I can't think straight down here, Sparks," he says quietly. "Not with them lying there. Up in the village I'll translate for you; the colonel's waiting."{end}
  person kotzebue-meadow "Lieutenant Kotzebue"
    nouns lieutenant, kotzebue, buck
    here {if sent-back}Kotzebue waits by the boat.{end}
    Kotzebue, who crossed in the boat with you. For once he has nothing to say.
    talk
      {if sent-back}"We're going back across," he says. "Polowsky wants a word first. Listen to him."{else}{if met-goloborodko}"Up to the village, Sparks," he says quietly. "The colonel is waiting."{else}He nods toward the officer coming down the slope. "Go on, Sparks. Say hello."{end}{end}
    about feel, how do you feel, mad, angry, happy, excited, how are you feeling
      {if in strehla-landing}"Like a man looking at the Red Army through binoculars, Sparks." He doesn't lower them. "Ask me again on the other side."{else}{if in lorenzkirch-meadow}Kotzebue looks out over the meadow for a long time. "Not like I thought I would, Sparks," he says quietly.{else}{if in lorenzkirch}"Happy, Sparks. Tired, and happy, and not thinking about headquarters." He grins. "Not yet."{else}"Like a man who crossed a river and came back, Sparks." He looks across at the meadow. "Ask me again tomorrow."{end}{end}{end}
    about going back, go back, back, return, leave, leaving, cross, crossing, boat, when do we go, strehla, west bank, other side
      {if sworn}"Now, Sparks. Get in." He steadies the boat with one hand: CROSS THE RIVER.{else}{if sent-back}"As soon as Polowsky has said his piece," he says, with a look toward the water where Polowsky stands. "Listen to him, Sparks. Then we cross."{else}"Back? We only just got here, Sparks." He nods up the slope. "The colonel first."{end}{end}
    about anything else
      "Later, Sparks," he says quietly, and looks out over the meadow.
  person meadow-soldiers "Soviet soldiers"
    nouns soldiers, soldier, soviets, russians, russian, men, tunics, caps
    adjectives soviet
    here Soviet soldiers stand among the dead, caps in hand.
    Young men, most of them, in brown tunics faded almost white by the sun, with the faces of people who have been at war for a very long time.
    talk
      They shake your hand, one after another. Nobody says much.
    about anything else
      They don't understand your words, but they understand the question in your face. One of them shakes his head slowly and looks out over the meadow.
  on oh no, oh god, oh my god, my god, oh jesus, how awful, how terrible, this is terrible, this is awful, this is horrible, thats awful, thats terrible, thats horrible
    You look out over the meadow, at the pram and the shoes, and for a while you cannot say anything at all. Nobody near you can, either.
  on yes, say yes, agree, nod, say i promise, say i will, i will
    if sent-back and not sworn
      Among the dead, in two languages, you and the Soviet soldiers promise one another to do all you can so that this never happens again.

      Nobody writes it down. Years later, Polowsky will call it the Oath of the Elbe.
      set sworn
      unlock fact oath-of-the-elbe
    else if sworn
      You have made your promise. Polowsky nods to you across the grass. It is time to go back across: CROSS THE RIVER.
    else
      {if visited lorenzkirch}Up in the village the officers have not yet decided what happens to you. Go back up and see.{else}{if met-goloborodko}Goloborodko points up the slope again: "Polkovnik." The colonel is waiting for you in the village: EAST.{else}Senior Lieutenant Goloborodko has come down the slope to greet you: TALK TO GOLOBORODKO.{end}{end}
  on no, say no, refuse, shake head, shake my head, dont promise, do not promise, i dont promise, i do not promise, i will not promise, i wont promise, i dont want to promise, i do not want to promise, refuse to promise, i refuse to promise, i refuse, no promise, not promise
    if sent-back and not sworn
      Polowsky doesn't argue. He looks at the meadow, and so do you: the pram, the shoes. (This story follows what Polowsky remembered: here the soldiers of both armies made that promise, and you are one of them. To make it with them: PROMISE.)
    else if sworn
      Polowsky nods to you across the grass: what mattered has been said. It is time to go back across: CROSS THE RIVER.
    else
      You look out over the meadow, at the pram and the shoes, and cannot look away. Nobody here says much. {if visited lorenzkirch}Up in the village the officers have not yet decided what happens to you. Go back up and see.{else}{if met-goloborodko}Goloborodko points up the slope: the colonel is waiting for you in the village. EAST.{else}Senior Lieutenant Goloborodko has come down the slope to greet you: TALK TO GOLOBORODKO.{end}{end}
  on promise, swear, make promise, make oath, take oath, swear oath, promise {polowsky}, swear with {meadow-soldiers}, promise {meadow-soldiers}, make promise with {polowsky}, promise never to forget, promise to never forget, promise to remember, swear never to forget, i promise never to forget, ok i promise, yes i promise, i promise too, i swear it too, swear it too, swear it, promise it, swear too, yeah i promise, i promise never again, we promise, i swear, i swear never again, yes never again, i promise it will never happen again, it will never happen again, i promise that we will do what we can so this never happens again, promise that we will do what we can so this never happens again, we will do what we can so this never happens again, i promise we will do what we can so this never happens again, i promise that this will never happen again, i promise that it will never happen again, i promise this will never happen again, i promise we will do what we can, i promise that we will do what we can, i promise to do what i can, i promise to do all i can
    if sworn
      You have made your promise. Polowsky nods to you across the grass. It is time to go back across.
    else if sent-back
      Among the dead, in two languages, you and the Soviet soldiers promise one another to do all you can so that this never happens again.

      Nobody writes it down. Years later, Polowsky will call it the Oath of the Elbe.
      set sworn
      unlock fact oath-of-the-elbe
    else
      {if visited lorenzkirch}A promise? Not yet. Up in the village the officers are still deciding what happens to you. Go back up and see; when you come back down to this meadow, Polowsky has something to ask you.{else}A promise? Not yet. You have only just arrived, and the colonel is waiting for you up in the village. When you come back down to this meadow, Polowsky has something to ask you.{end}
  on shake hands with {goloborodko}, shake {goloborodko} hand, shake hands with lieutenant, salute {goloborodko}, shake hands
    only if not met-goloborodko
    He salutes, then grabs your hand in both of his. Polowsky translates: Senior Lieutenant Grigory Goloborodko and his company. He points up the slope: "Polkovnik." Colonel.
    set met-goloborodko
  on salute {goloborodko}, shake hands with {goloborodko}, shake {goloborodko} hand
    He grins and grips your hand. "Polkovnik," he says, pointing up the slope.
  on shake gordeyevs hand, shake gordeyev's hand, shake hands with gordeyev, shake gordeyev hand, shake hand of gordeyev, greet gordeyev, salute gordeyev, shake hands with colonel, shake colonel's hand, shake colonels hand, shake hands with polkovnik
    {if visited lorenzkirch}Lieutenant Colonel Gordeyev isn't down here: he is up in the village, with the other officers. Go UP.{else}The colonel is not down here: Goloborodko points up the slope, to the village. "Polkovnik." Go UP.{end}
  on shake hands with {meadow-soldiers}, shake hands, shake {meadow-soldiers} hands, shake hands with everyone, shake hands with everybody, shake hands with all, shake everyones hand, shake everyones hands, shake all hands
    They shake your hand, one after another, and hold on a long time. Nobody says much.
  on what happened to {polowsky} after the war, what happens to {polowsky} after the war, what happened to {polowsky} later, what became of {polowsky}
    Nobody on this meadow knows that yet, Polowsky least of all. He stands by the water, looking at the dead. (What became of him after the war, you can find out at the end of the story, in Torgau today.)
  on where did you learn russian, how did you learn russian, where did you learn to speak russian, how do you know russian, how come you speak russian, how do you speak russian, where did {polowsky} learn russian, ask {polowsky} how he learned russian, ask {polowsky} where he learned russian
    "I get by," Polowsky says, without taking his eyes off the meadow. "Where I learned it is a story for another day, Sparks. Not here."
  on are you scared, are you afraid, are you frightened, is {polowsky} scared
    "Scared?" Polowsky shakes his head slowly. "Not of them, Sparks." He looks along the meadow. "Of forgetting this, maybe."
  on ask {polowsky} who they were, ask {goloborodko} who they were
    "Refugees, and soldiers," Polowsky says quietly. "People who were on the bridge of boats when it went up, or waiting to cross. Forced labourers among them, they say. Nobody knows their names."
  on zdravstvuyte, say zdravstvuyte, privet, say privet, zdravstvuyte {goloborodko}, say zdravstvuyte to {goloborodko}, say hello in russian, zdravstvuyte tovarishch, amerikanskiye soldaty, say amerikanskiye soldaty, say amerikanskiye soldaty to {meadow-soldiers}, say amerikanskiye soldaty to {goloborodko}
    "Zdravstvuyte," you say. {if met-goloborodko}Goloborodko grins and grips your hand again. "Zdravstvuyte," he answers, and points up the slope: "Polkovnik."{else}Goloborodko salutes, then grabs your hand in both of his. Polowsky translates: Senior Lieutenant Grigory Goloborodko and his company. He points up the slope: "Polkovnik." Colonel.{end}
    set met-goloborodko
  on spasibo, say spasibo, spasibo {goloborodko}, say spasibo to {goloborodko}, spasibo {meadow-soldiers}, thank {goloborodko} in russian
    "Spasibo," you say. Goloborodko nods; nobody on this meadow smiles for long. "Nye za chto," Polowsky translates: it's nothing.
  on pray, pray for {meadow-dead}, pray for dead, pray for the dead, say prayer, say a prayer, kneel, bow head, bow your head, bow, bow my head, bow head for dead, bow my head for the dead, bow my head for dead, bow to {meadow-dead}, mourn, remember {meadow-dead}, stand in silence, be silent, pay respects, pay my respects, salute {meadow-dead}, stand quietly, stand quietly for {meadow-dead}, stand for {meadow-dead}, stand still for {meadow-dead}, stand silently, stand in silence for {meadow-dead}, pay respects to {meadow-dead}, pay my respects to {meadow-dead}, pay our respects, pay respects to dead
    {if wearing helmet}You bow your head{else}You bare your head{end} and stand still for a moment among the dead. Beside you the Soviet soldiers, caps in hand, do the same. Nobody says anything. There is nothing anybody could say.
  on take off {helmet} for {meadow-dead}, take {helmet} off for {meadow-dead}, remove {helmet} for {meadow-dead}
    {if wearing helmet}You take off your helmet and stand still for a moment among the dead. Beside you the Soviet soldiers, caps in hand, do the same. Nobody says anything. There is nothing anybody could say.{else}You stand bareheaded for a moment among the dead, and beside you the Soviet soldiers, caps in hand, do the same.{end}
    move helmet here
    give helmet
  on take off {helmet}, take {helmet} off, remove {helmet}
    {if wearing helmet}You bare your head and stand still for a moment among the dead. Beside you the Soviet soldiers, caps in hand, do the same. Nobody says anything. There is nothing anybody could say.{else}You stand bareheaded for a moment among the dead, and beside you the Soviet soldiers, caps in hand, do the same.{end}
    move helmet here
    give helmet
  on hug {goloborodko}, embrace {goloborodko}, hug {meadow-soldiers}, embrace {meadow-soldiers}, hug {polowsky}, embrace {polowsky}, hug {kotzebue-meadow}, embrace {kotzebue-meadow}, hug, embrace, kiss {goloborodko}, kiss {meadow-soldiers}
    {if met-goloborodko}Hands grip yours and don't let go; a soldier thumps your shoulder. Nobody here feels like celebrating, not among the dead, but nobody lets go quickly either.{else}A Soviet officer is coming down the slope toward you. Greet him first: TALK TO GOLOBORODKO.{end}
  on give {cigarettes} to {meadow-soldiers}, offer {cigarettes} to {meadow-soldiers}, give {chocolate} to {meadow-soldiers}, offer {chocolate} to {meadow-soldiers}
    The pack goes from hand to hand and comes back to you lighter. One of the soldiers lights up, nods his thanks, and goes back to looking at the meadow.
  on bury, bury {meadow-dead}, bury {meadow-soldiers}, help {meadow-soldiers}, bury them, bury the bodies, bury bodies, help bury them, help them bury
    There are too many, and you have no tools and no time. The Soviet soldiers say their own people will do it. It feels wrong to walk away from them. You will think about that for a long time.
  on get in {meadow-boat}, get into {meadow-boat}, board {meadow-boat}, enter {meadow-boat}, use {meadow-boat}
    if sworn
      The Soviet soldiers push the boat off, and the current carries you back.
      clear left-yard
      unlock fact pontoon-bridge-disaster
      go to strehla-dike
    else
      Not yet. {if not sent-back}The officers up in the village are waiting for you.{else}Polowsky has something to say first.{end}

  on use {radio}, switch on {radio}, turn on {radio}, switch {radio} on, turn {radio} on, radio headquarters, call headquarters, report contact, report, send message, call hq, radio hq, radio battalion, call battalion, radio regiment, call regiment, send coordinates, radio coordinates, send position, radio position, send map coordinates, radio captain, call captain, radio ferris, call ferris, radio the captain, call the captain, radio in
    You switch on and call. Nothing comes back but hiss: from down here by the river the set's few kilometres of range reach nobody. Kotzebue will write the message once you are back on the west bank, and you will send it from high ground there.
scene lorenzkirch "Lorenzkirch"
  when 25 April 1945, early afternoon
  where East bank, opposite Strehla
  fact first-handshake-lorenzkirch
  hint Shake hands with the commander: TALK TO GORDEYEV.
    only if not shook-hands
  hint Ask Gordeyev about his plans, or about the river. Then talk to Colonel Karpovich.
    only if not sent-back
  hint You are being sent back. Before you go, ask Gordeyev about his plans: ASK GORDEYEV ABOUT PLANS. Then go WEST, down to the meadow.
    only if not knows be-friendly-say-nothing
  hint You are being sent back. Go WEST, down to the meadow.
  A farmhouse yard on the village street, full of Soviet soldiers who all want to shake an American hand. Polowsky translates both ways at once.
  revisit
    The crowded yard of the farmhouse, and every hand held out to you.
  exit west to lorenzkirch-meadow "down to the meadow"
    set left-yard
  exit down to lorenzkirch-meadow
    set left-yard
  thing farmhouse "farmhouse"
    nouns farmhouse, house, yard, street, village, lorenzkirch, doorway, door, building
    fixed
    A plain farmhouse on the village street, its yard full of soldiers. Nobody here thinks of it as a historic building. Not yet.
  thing chair "chair"
    nouns chair
    fixed
    A wooden chair, carried out into the yard for the American officer. Kotzebue is too busy shaking hands to sit in it.
  person yard-soldiers "Soviet soldiers"
    nouns soldiers, crowd, soviets, russians, men
    adjectives soviet
    here {if shook-hands}Soldiers of the Guards crowd the yard.{end}
    Guardsmen of the 58th Guards Rifle Division, dusty, grinning, curious. Some of them have never seen an American before either.
    talk
      Hands come at you from every side. You shake them all. Nobody understands anybody, and nobody minds.
    about anything else
      They laugh and answer in Russian, all at once, and shake your hand again. Polowsky is busy with the colonels.
  person gordeyev "Lieutenant Colonel Gordeyev"
    nouns gordeyev, commander, гордеев, man, comrade, tovarishch, tovarish
    adjectives lieutenant
    here Lieutenant Colonel Gordeyev, the regiment's commander, stands in the middle.
    Lieutenant Colonel Alexander Gordeyev commands the 175th Guards Rifle Regiment. He is a stocky man with a quick smile, as curious about you as you are about him.
    talk
      {if shook-hands}Gordeyev shakes your hand again, laughing.{else}He shakes Kotzebue's hand, then yours. "Amerikantsy!" The crowd cheers. Polowsky translates: the war will be over soon, and today they have shaken hands on it. Gordeyev gives you the red star from his cap.{end}
      if not shook-hands
        give red-star
        remove cap-star
      set shook-hands
    about tired, tired of war, sick of war, enough
      Polowsky translates. For a moment Gordeyev stops smiling. "He says: everybody is tired of war," Polowsky says. "That is why today is a good day."
    about before the war, before war, job back home, job at home, job home, civilian, will after, do after, get here, got here, came here
      Polowsky translates. Gordeyev laughs and sweeps a hand east, toward everything behind him. "He says: a long road, and a long story," Polowsky says. "He will tell it after the war, at a table, with a glass. Not today."
    about sad, seem sad, upset, unhappy
      "Sad?" Polowsky translates, and Gordeyev laughs out loud and grips your hand again. "He says: today? Today the Americans are here!"
    about died, losses, lost, how many died, men died, killed in war, casualties
      Gordeyev's smile goes. He answers with one word, and Polowsky doesn't need to translate it: many. Then he looks down the slope toward the meadow and says nothing more.
    about plans, berlin, war, orders, army, next, what now, do now, going to do, what will you do, gonna do
      Polowsky translates: the Red Army will finish the fascists, and he is glad to see you. About plans he only laughs: that is for the generals. Your own orders keep you quiet too.
      unlock fact be-friendly-say-nothing
    about river, bridge, meadow, dead
      He stops smiling. "The Germans blew up the bridge with the people on it," Polowsky translates. "Then everyone was shooting. It was like that for two days." Gordeyev looks down the slope toward the meadow, and says nothing more.
    about how long, long, years, since when, how long fighting, been fighting, how long have you been fighting, how long have they been fighting, fighting how long, fighting for how long
      Gordeyev starts counting on his fingers, laughs, and gives up. "Long," Polowsky translates. "Too long to count on a day like today."
    about photo, photos, photograph, picture, pictures, camera, take a photo, together
      Gordeyev glances toward Colonel Karpovich in the doorway, and his grin goes a little careful. He shakes his head: not today.
    about stalingrad, volga, fought, fighting, where, home
      "From far away," Polowsky translates. Gordeyev sweeps his hand toward the east, toward everything behind him, and for a moment he does not smile.
    about division, regiment, unit, 58th, 175th, guards, fifty-eighth, how many men, many men, how many soldiers
      "The 175th Guards Rifle Regiment," Polowsky translates, as Gordeyev taps his chest. "Of the 58th Guards Rifle Division." Gordeyev nods proudly at the crowded yard: these are his men.
    about first name, name
      "Gordeyev," he says, tapping his chest, and then, with a grin: "Alexander." Polowsky puts it together for you: Lieutenant Colonel Alexander Gordeyev.
    about age, old, how old, kids, children, family, wife
      Gordeyev laughs and spreads his hands: today is not for questions like that. He shakes your hand again instead.
    about star, red star, keep, souvenir, gift
      {if holding red-star}Gordeyev sees you turning the star over in your hand and laughs: yours, he says with his hands. Keep it.{else}Gordeyev laughs and touches the red star on his cap. First, it seems, he wants to shake your hand.{end}
    about konev, zhukov, front
      "Konev," he says, tapping his chest. Polowsky explains: his division belongs to Marshal Konev's 1st Ukrainian Front. Zhukov is at Berlin.
    about polkovnik, what does polkovnik mean, mean polkovnik
      "Polkovnik," Polowsky says. "Colonel. That's him: Lieutenant Colonel Gordeyev. Goloborodko sent us up to the polkovnik." Gordeyev hears the word and grins, and taps his own chest.
    about hat, hats, your hat
      {if shook-hands}Gordeyev laughs and puts a hand on his cap: that stays where it is. The star was the present.{else}Gordeyev laughs and taps the red star on his cap. First, it seems, he wants to shake your hand.{end}
    about anything else
      Gordeyev listens to Polowsky, smiles broadly, and answers with a few warm words about friendship between allies. That is all. {if not shook-hands}First, it seems, he wants to shake your hand.{else}Maybe ask him about his plans.{end}
  thing gordeyev-cap "Gordeyev's cap"
    nouns cap
    adjectives his, gordeyev's
    fixed
    Gordeyev's cap, pushed back on his head. {if shook-hands}A pale spot on the front shows where the red star was, the one he gave you.{else}On the front shines a small red enamel star.{end}
  thing cap-star "red star on Gordeyev's cap"
    nouns star, enamel, badge
    adjectives red, small
    fixed
    A small red enamel star on the front of Gordeyev's cap: the badge of the Red Army.
  on i become a vodka, i become vodka, can i have vodka, can i have a vodka, can i get vodka, can i get a vodka, i want vodka, i want a vodka, get vodka, ask for vodka
    Nobody is pouring anything in this yard. The handshakes are warm but careful, and the officers are still deciding what to do with you. Whatever there is to drink today will be drunk somewhere else.
  on spasibo, say spasibo, spasibo {gordeyev}, say spasibo to {gordeyev}, thank {gordeyev} in russian, spasibo {yard-soldiers}
    "Spasibo," you say. Gordeyev laughs, delighted, and says it back to you, and half the yard joins in: "Spasibo! Spasibo!"
  on take {cap-star}, ask {gordeyev} for {cap-star}, ask {gordeyev} for star
    Better to shake his hand first: TALK TO GORDEYEV.
  on take photo, take a photo, take picture, take a picture, take photos, take pictures, take pic, take a pic, take pics, photograph {gordeyev}, photograph {yard-soldiers}, photograph {karpovich}, take photo of {gordeyev}, take picture of {gordeyev}, take a picture of {gordeyev}, take photo of {yard-soldiers}, take picture of {yard-soldiers}
    You have nothing to take one with, and nobody in this yard is taking any.{if not sent-back} Colonel Karpovich watches from the doorway, not smiling.{end}
  person karpovich "Colonel Karpovich"
    nouns karpovich, commissar, senior
    adjectives political
    here Colonel Karpovich, the division's political officer, watches from the doorway.
    A colonel with a thin face and a careful manner. He is the division's senior political officer, and he is not smiling.
    talk
      only if shook-hands, else "He nods to you politely. He is watching the handshaking in the yard, and waiting. Polowsky murmurs: \"Gordeyev first, Sparks. Shake hands with him.\""
      {if sent-back}Karpovich nods toward the meadow: the Americans go back to Strehla for now.{else}Karpovich looks down at the meadow and speaks quietly. Polowsky translates: this is no place for photographs of heroes, among the dead. The Americans will go back across to Strehla for now.{end}
      set sent-back
      clear left-yard
      unlock fact meadow-of-the-dead
    about stalin, party, politics, communism, communist, political, speeches, newspapers, papers
      Polowsky translates. Karpovich's answer is short and careful. "He says there will be speeches enough later," Polowsky murmurs. "Today is not for politics." The colonel's eyes go back to the meadow.
    about star, red star, keep, souvenir, gift
      {if holding red-star}Karpovich glances at the red star in your hand and nods, once. "A gift is a gift," Polowsky translates.{else}Karpovich nods toward Gordeyev: the star is his to give. Polowsky murmurs: "Gordeyev first, Sparks. Shake hands with him."{end}
    about watching, watch, watching us, watches, staring, stare, looking at us
      Polowsky asks him. Karpovich's answer is short and polite. "He says watching is his work," Polowsky murmurs. "And today everybody's watching: we're the first Americans they've seen." The colonel's eyes go back to the meadow.
    about americans, america, american, allies, think, think of americans, us
      Polowsky translates. Karpovich answers with a short, careful sentence. "Allies," Polowsky says. "Who fought the same enemy." Then the colonel's eyes go back to the meadow.
    about home, where from, family, name, medals, age, old, how old, before the war, before war, job back home, job home, will after, do after, get here, got here, sad, seem sad
      Polowsky translates. Karpovich answers briefly and politely, and his eyes go back to the meadow. "He says: not today," Polowsky murmurs. "Today we talk about the dead."
    about camera, cameras, photographs, photograph, photos, photo, pictures, picture
      only if not shook-hands
      Polowsky translates. Karpovich glances down the slope toward the meadow and shakes his head. "No photographs," Polowsky murmurs. "And Gordeyev first, Sparks: shake hands with him."
    about scared, afraid, fear, frightened, were you scared
      only if shook-hands, else "He nods to you politely. He is watching the handshaking in the yard, and waiting. Polowsky murmurs: \"Gordeyev first, Sparks. Shake hands with him.\""
      Polowsky translates. For a moment Karpovich looks at you as if you were very young. He answers quietly. "He says: a man who was never afraid in this war was never in it," Polowsky murmurs.
    about war, war end, end, over, soon, finished, victory, peace, will the war end
      only if shook-hands, else "He nods to you politely. He is watching the handshaking in the yard, and waiting. Polowsky murmurs: \"Gordeyev first, Sparks. Shake hands with him.\""
      Polowsky translates. Karpovich looks down at the meadow before he answers. "He says: soon," Polowsky murmurs. "Not soon enough for the ones down there."
    about why dead, why are they dead, why are there dead, why did they die, how did they die, who killed them, what happened, what happened there, died, killed, bodies
      only if shook-hands, else "He nods to you politely. He is watching the handshaking in the yard, and waiting. Polowsky murmurs: \"Gordeyev first, Sparks. Shake hands with him.\""
      Polowsky translates. Karpovich answers quietly, his eyes on the meadow. "Three days ago the Germans blew up the bridge of boats, with refugees still on it," Polowsky murmurs. "Then both armies were firing across that meadow. He says: that is why there will be no photographs down there. The Americans go back to Strehla for now."
      set sent-back
      clear left-yard
      unlock fact meadow-of-the-dead
      unlock fact pontoon-bridge-disaster
    about photographs, photos, photo, pictures, cameras, meadow, dead
      only if shook-hands, else "He nods to you politely. He is watching the handshaking in the yard, and waiting. Polowsky murmurs: \"Gordeyev first, Sparks. Shake hands with him.\""
      {if sent-back}Karpovich nods toward the meadow. "No photographs here," Polowsky translates. "Not among the dead. The Americans go back to Strehla for now."{else}Karpovich looks down at the meadow and speaks quietly. Polowsky translates: this is no place for photographs of heroes, among the dead. The Americans will go back across to Strehla for now.{end}
      set sent-back
      clear left-yard
      unlock fact meadow-of-the-dead
    about anything else
      only if shook-hands, else "He nods to you politely. He is watching the handshaking in the yard, and waiting. Polowsky murmurs: \"Gordeyev first, Sparks. Shake hands with him.\""
      {if sent-back}Polowsky translates. Karpovich hears the question out, answers in a few polite words, and looks back at the meadow. "He says: another day," Polowsky murmurs. "Today belongs to the dead."{else}Polowsky translates your question. Karpovich answers it in a few polite words, then looks down at the meadow and speaks again, quietly: this is no place for photographs of heroes, among the dead. The Americans will go back across to Strehla for now.{end}
      set sent-back
      clear left-yard
      unlock fact meadow-of-the-dead
  on order {polowsky-village}
    Polowsky grins. "They know, Sparks. The whole yard knows." He puts it into Russian anyway, for the colonels, and the soldiers nearest you cheer and hold out their hands again. "Anything you want to ask, ask Gordeyev or the colonel. I make the words fit."
  person polowsky-village "Polowsky"
    nouns polowsky, joe, joseph, interpreter
    here {if sent-back and left-yard}Polowsky has come back up with you, to translate.{else}{if shook-hands}Polowsky stands between the officers, translating.{end}{end}
    Joe Polowsky, translating as fast as he can, in both directions at once.
    talk
      "Ask the colonels, not me," Polowsky says. "I just make the words fit."
    about ask gordeyev, ask him, ask the colonel, ask them, where they came from, where did they come from, where are they from
      Polowsky puts it to Gordeyev in Russian. Gordeyev sweeps a hand toward the east, toward everything behind him. "From far away, he says," Polowsky translates. "That's all you'll get today, Sparks. It's a long road, and he'd rather shake hands."
    about age, old, how old, before the war, before war, job back home, job at home, job home, family, will after, do after
      "Me? Chicago, Sparks, and that's all you get today." Polowsky grins. "Right now I'm the man who makes the words fit."
    about sad, seem sad, upset, unhappy
      "Me?" Polowsky shakes his head. "Right now I'm two people at once, Sparks, and both of them are still down on that meadow."
    about gordeyev, colonel, commander, regiment
      "Lieutenant Colonel Gordeyev," Polowsky says. "He commands the 175th Guards Rifle Regiment. The one in the middle, shaking every hand he can reach."
    about karpovich, commissar, political officer
      "Colonel Karpovich, the division's political officer," Polowsky says, more quietly. "He decides what this day looks like in the papers. Talk to him."
    about feel, feeling, feels, ok, okay, alright, all right, wrong, matter, how are you, scared, afraid
      "Me?" Polowsky shakes his head. "Right now I'm two people at once, Sparks, and both of them are still down on that meadow."
    about where from, home, hometown, chicago
      "Chicago, Sparks." Polowsky grins for a second. "A long way from this yard. Today I'm the man who makes the words fit."
    about job, your job, whats your job, what do you do, interpreter, translator
      "Interpreter. Whatever the colonels say, I say again in the other language." He grins. "Fast."
    about american, himself, you, yourself, language, russian language, he russian, you russian
      "American, Sparks. Same as you, same patrol." Polowsky grins. "I happen to speak the language, so today I'm the one who talks."
    about saying, what did he say, what did they say, what does he say, what do they say, talking about, translate for me, what are they talking
      {if sent-back}"Colonel Karpovich says this is no place for photographs of heroes, among the dead," Polowsky says quietly. "So we go back across to Strehla for now. Nobody's angry, Sparks. It's just not today."{else}{if shook-hands}"Mostly? That we're allies, and that the war will be over soon, and that today we shook hands on it." Polowsky nods toward the doorway. "Colonel Karpovich hasn't said much yet. Talk to him; he decides what happens to us."{else}"They're waiting for the colonel to greet us," Polowsky says. "Amerikantsy, that's you and me. Go on, Sparks: shake hands with Gordeyev."{end}{end}
    about learn, learned, learnt, learn russian, know russian, speak russian, translate, translating
      "I get by," Polowsky says. "Where I learned it is a story for another day, Sparks. Today I just make the words fit."
    about meadow, dead, bodies, people, ppl, who were, refugees, killed, ukrainians, forced labourers, bridge, what happened
      Polowsky lowers his voice, and for once he isn't translating. "I asked them, Sparks. Refugees, local people, forced labourers, Ukrainians among them. They were on the bridge of boats or waiting for it, the evening of the twenty-second, when German troops blew it up. Then both sides were shooting across the meadow." He swallows. "Two hundred dead, they say, maybe four hundred."
    about russians, soviets, red army, soldiers, them, guards
      "They're glad to see us," Polowsky says, watching the yard. "As glad as I've ever seen anybody. Most of them have never seen an American before, either."
    about anything else
      Polowsky thinks about it, between two sentences of Russian, and shakes his head. "I don't know, Sparks. Right now I'm translating for {if sent-back}Colonel Karpovich{else}Colonel Gordeyev{end}: ask me what they're saying, and I'll tell you."
  person kotzebue-village "Lieutenant Kotzebue"
    nouns lieutenant, kotzebue, buck, officer
    here {if sent-back and left-yard}Kotzebue has come back up with you, impatient to be off.{else}Kotzebue is shaking every hand in sight.{end}
    Kotzebue looks as if he has been given the best present of his life and doesn't know where to put it.
    talk
      "We did it, Sparks," he says. "We actually did it." Then, more quietly: "Now we have to tell somebody."
    about feel, how do you feel, mad, angry, happy, excited, how are you feeling
      {if in strehla-landing}"Like a man looking at the Red Army through binoculars, Sparks." He doesn't lower them. "Ask me again on the other side."{else}{if in lorenzkirch-meadow}Kotzebue looks out over the meadow for a long time. "Not like I thought I would, Sparks," he says quietly.{else}{if in lorenzkirch}"Happy, Sparks. Tired, and happy, and not thinking about headquarters." He grins. "Not yet."{else}"Like a man who crossed a river and came back, Sparks." He looks across at the meadow. "Ask me again tomorrow."{end}{end}{end}
    about russians, soviets, gordeyev, colonel
      "The 175th Guards," he says, trying out the words. "And we just drove over from the Mulde." He shakes his head. "Now we have to tell somebody."
    about what now, now, next, what next, plan, what do we do
      "Now?" Kotzebue looks over at the colonels. "{if sent-back}Now we go back across, and tell somebody.{else}Now we wait and see what they decide.{end}"
    about patrol, message, radio, headquarters
      "As soon as we're back on our side, you send it. Contact made, position, time."
    about anything else
      "Later, Sparks." He nods at the colonels. "{if not sent-back}Let's see what they decide.{else}We're going back across. Come on.{end}"
  on shake hands with {gordeyev}, shake {gordeyev} hand, greet {gordeyev}, salute {gordeyev}, shake hands, shake hands with everyone, shake hands with everybody, shake hands with all, shake everyones hand, shake everyones hands, shake all hands, zdravstvuyte, say zdravstvuyte, zdravstvuyte {gordeyev}, say zdravstvuyte to {gordeyev}, privet, say privet, say hello in russian, hug {gordeyev}, embrace {gordeyev}
    {if shook-hands}Gordeyev shakes your hand again, laughing, and goes on to the next man.{else}He grips your hand hard and shakes it up and down. "Amerikantsy!" he says, and laughs, and says something to the crowd that makes them cheer. Polowsky translates: the war will be over soon, and today they have shaken hands on it. He gives you the red star from his cap.{end}
    if not shook-hands
      give red-star
      remove cap-star
    set shook-hands
  on kiss {gordeyev}
    Gordeyev beats you to it: he takes you by the shoulders and kisses you on both cheeks, laughing, and the yard cheers.{if not shook-hands} Then he grips your hand hard and shakes it up and down. "Amerikantsy!" Polowsky translates: the war will be over soon, and today they have shaken hands on it. He gives you the red star from his cap.{end}
    if not shook-hands
      give red-star
      remove cap-star
    set shook-hands
  on shake hands with {yard-soldiers}, shake {yard-soldiers} hands, shake hands with soldiers, shake hands with the soldiers, hug {yard-soldiers}, embrace {yard-soldiers}, kiss {yard-soldiers}
    The Guardsmen crowd round you: hard hands, slaps on the back, "Amerikanets!" and a flood of Russian that nobody translates. A man with a bandaged head shakes your hand twice, to make sure.
  on give {cigarettes} to {yard-soldiers}, offer {cigarettes} to {yard-soldiers}
    The pack goes from hand to hand round the yard and comes back empty, to a great deal of grinning.
    remove cigarettes
  on thank {gordeyev}, thank {gordeyev} for star, thank {gordeyev} for {red-star}
    {if shook-hands}Polowsky translates. "Nye za chto," Gordeyev says, laughing: it's nothing. He taps the pale spot on his cap where the star was.{else}Gordeyev grins and holds out his hand first.{end}
  on give {cigarettes} to {gordeyev}
    Gordeyev takes the pack, sniffs it, laughs and passes the cigarettes round the yard. Then he claps you on the shoulder, hard enough to rattle the radio.
    remove cigarettes
  on give {gordeyev} something in return, give something to {gordeyev}, give {gordeyev} something, give something in return, give something back, give {gordeyev} present, give present to {gordeyev}, give {gordeyev} gift, give gift to {gordeyev}, return favour, return favor, return the favour, return the favor
    if holding cigarettes
      You hold out your pack of cigarettes. Gordeyev takes it, sniffs it, laughs and passes the cigarettes round the yard. Then he claps you on the shoulder, hard enough to rattle the radio.
      remove cigarettes
    else if holding chocolate
      You hold out your chocolate. He breaks the bar into pieces and hands them round until there is none left for him. He grins and shrugs.
      remove chocolate
    else
      You pat your pockets: nothing left worth giving. Gordeyev sees it, laughs, and waves it away. The star was a present.
  on give {chocolate} to {gordeyev}
    He breaks the bar into pieces and hands them round until there is none left for him. He grins and shrugs.
    remove chocolate
  on use {radio}, switch on {radio}, turn on {radio}, switch {radio} on, turn {radio} on, radio headquarters, call headquarters, report contact, report, send message, call hq, radio hq, radio battalion, call battalion, radio regiment, call regiment, send coordinates, radio coordinates, send position, radio position, send map coordinates, radio in coordinates, radio in our coordinates, radio in, call in, radio captain, call captain, radio ferris, call ferris, radio the captain, call the captain
    You switch on and call. Nothing comes back but hiss: from here the set's few kilometres of range reach nobody. Kotzebue will write the message once you are back on the other side, and you will send it from high ground there.

thing brennan-address "Brennan's address"
  nouns address, corner, scrap
  adjectives brennan's, ohio
  A corner torn off a letter, with an address in Ohio in Brennan's big pencil capitals.

thing red-star "red enamel star"
  nouns star, enamel
  adjectives red
  A small red enamel star from a Soviet cap. You will keep it for the rest of your life.

on wear {red-star}, put on {red-star}
  You pin the star to your jacket for a while. Then you think of the long road home, and put it safely back in your pocket.

scene strehla-dike "Back on the West Bank"
  when 25 April 1945, early afternoon
  where Strehla, west bank of the Elbe
  hint Lieutenant Kotzebue has a message for you to send. TALK TO KOTZEBUE.
    only if not holding message and not message-sent
  hint The radio can't reach anything from down by the water. Get higher: CLIMB BANK.
    only if not on-dike and not message-sent
  hint Send the lieutenant's message: SEND MESSAGE.
    only if not message-sent
  hint The message is sent. The patrol is going north to Görzig to ferry the jeeps across: GO NORTH.
  The rest of the patrol gather round the boat, all asking at once. Behind the landing a steep grassy bank rises.{if on-dike} You stand on top of it.{end}
  exit north to kreinitz "to Görzig and Kreinitz"
    only if message-sent, else "Kotzebue is waiting for you to get his message through. That comes first."
    At Görzig the patrol ferries the jeeps across to Kreinitz, on the east bank, where Gordeyev's regiment has its headquarters.
  thing dike "high bank"
    nouns bank, slope, dike, dyke, embankment, levee, hill, landing, river, water
    adjectives high, steep, grassy
    fixed
    The steep, grassy bank above the landing. From the top you can see a long way up and down the river.
  thing message "message slip"
    nouns message, slip, note, page, paper, figures, coordinates, reference
    adjectives message
    starts nowhere
    A page torn from a notebook, in the lieutenant's quick pencil.
    read
      CONTACT MADE WITH RUSSIANS. POSITION: followed by a map reference, six figures, and the time. Kotzebue's handwriting is hurried but clear.
  thing dike-boat "ferryman's boat"
    nouns boat, tender
    adjectives ferryman's, ferry, wooden, old
    fixed
    The ferryman's old boat, tied up at the landing again.
  thing dike-jeeps "jeeps"
    nouns jeep, jeeps, hood
    fixed
    The jeeps, waiting to go north to Görzig{if not message-sent}, once the message is off{end}.
  thing notebook "Kotzebue's notebook"
    nouns notebook
    adjectives kotzebue's, lieutenant's
    fixed
    A small notebook, open on the jeep's hood under the lieutenant's hand{if holding message or message-sent}, with a page torn out{end}.
    read
      {if holding message or message-sent}Pencilled notes in the lieutenant's quick hand: times and a sketch of the river. The page with the message is torn out: it's {if message-sent}sent{else}in your hand{end}.{else}Upside down you make out: CONTACT MADE WITH RUSSIANS. POSITION: and a row of figures. Kotzebue is still writing it. TALK TO KOTZEBUE.{end}
  thing dike-map "Kotzebue's map"
    nouns map
    adjectives kotzebue's, road
    fixed
    Kotzebue's creased road map in its celluloid case, marked in grease pencil. Somewhere on it is the place you have just come from. Reading the map is the lieutenant's job; sending what he writes is yours.
  on get message from {kotzebue-dike}, take message from {kotzebue-dike}, ask {kotzebue-dike} for message, ask {kotzebue-dike} for the message, take message, get message, take page, tear out page
    only if not holding message and not message-sent, else "{if message-sent}The message has gone out already, and Kotzebue has the page back in his notebook.{else}The page is in your hand already. {if on-dike}Send it from up here: SEND MESSAGE.{else}Get up on the bank first: CLIMB BANK.{end}{end}"
    He tears out a page from his notebook. "Contact made, position, time. Send it, Sparks."
    give message
  on check coordinates, check the coordinates, check position, check the position, check map reference, check reference, check figures, read coordinates, read message, check message
    only if not holding message
    {if message-sent}Kotzebue has the page back, folded into his notebook. You remember it well enough: CONTACT MADE WITH RUSSIANS, a map reference of six figures, and the time. The figures went out over the air exactly as he wrote them. Nobody checked them against the map.{else}The lieutenant is still writing the message: TALK TO KOTZEBUE.{end}
  on down, go down, climb down, climb down {dike}, go down {dike}, slide down, get down, descend
    only if on-dike
    You slide back down the grassy bank to the landing.{if not message-sent} Down here the radio won't reach anything, though.{end}
    if not message-sent
      clear on-dike
  on what are you writing, what is he writing, what is kotzebue writing, what is the lieutenant writing, what does he write, what are you doing
    if holding message or message-sent
      "Nothing now," Kotzebue says. "The message is {if message-sent}sent{else}in your hand{end}."
    else
      "The message," Kotzebue says. "Contact made, position, time." He tears out the page and hands it to you.
      give message
  person kotzebue-dike "Lieutenant Kotzebue"
    nouns lieutenant, kotzebue, buck
    here {if holding message or message-sent}Kotzebue leans on a jeep's hood, his notebook put away.{else}Kotzebue is writing in a notebook on a jeep's hood.{end}
    {if holding message or message-sent}Kotzebue, done writing, one eye on the map and one on you.{else}Kotzebue is writing fast, one eye on the map.{end}
    talk
      only if not message-sent, else "\"Good work, Sparks,\" says the lieutenant. \"Now let's get the jeeps over to the east bank. Görzig is north.\""
      {if holding message}{if on-dike}"Send it, Sparks. You're up there: now's the time."{else}"Send it, Sparks. Try from the top of the bank."{end}{else}He tears out a page from his notebook. "Contact made, position, time. Get it to regiment."{end}
      give message
    about get it, got it, did they get, did they get it, received, through, go through, went through
      {if message-sent}"The relay took it, Sparks. Regiment has it now." He folds the notebook away. "Now north, to Görzig."{else}"Not yet, Sparks. Get it off first: up on the bank."{end}
    about feel, how do you feel, mad, angry, happy, excited, how are you feeling
      {if in strehla-landing}"Like a man looking at the Red Army through binoculars, Sparks." He doesn't lower them. "Ask me again on the other side."{else}{if in lorenzkirch-meadow}Kotzebue looks out over the meadow for a long time. "Not like I thought I would, Sparks," he says quietly.{else}{if in lorenzkirch}"Happy, Sparks. Tired, and happy, and not thinking about headquarters." He grins. "Not yet."{else}"Like a man who crossed a river and came back, Sparks." He looks across at the meadow. "Ask me again tomorrow."{end}{end}{end}
    about age, old, how old, before the war, before war, job back home, job at home, job home, family, home, where from, will after, do after
      "Ask me when we're home, Sparks." He looks across at the meadow. "{if message-sent}Today I was a lieutenant who crossed a river. That'll do for one day.{else}Right now I'm a lieutenant with a message to send.{end}"
    about sad, seem sad, upset, unhappy, you ok, you okay, you alright, you all right
      Kotzebue looks across the river for a while. "We found them, Sparks," he says. "I thought it would feel different."
    about wrong, mistake, wrong numbers, wrong coordinates, wrong figures
      only if message-sent
      Kotzebue folds the map away without looking at it. "They'll work it out," he says. "Somebody at regiment can read a map." He doesn't sound sure.
    about message, radio, position, coordinates, regiment, headquarters, writing, write, wrote, numbers, figures, wrong, done, ready, finished
      only if not message-sent, else "\"It's sent,\" Kotzebue says. \"They'll work it out.\""
      {if holding message}"Contact made, position, time. Just send it, Sparks.{if not on-dike} From up on the bank.{end}"{else}He tears out the page and hands it to you. "Contact made, position, time. Get it to regiment."{end}
      give message
    about mess up, messed up, did we mess, screw up, screwed up, did we do wrong, do ok, do well, do good, in trouble
      "Mess up?" Kotzebue looks back across the river. "We went further than our orders and found the Red Army, Sparks.{if message-sent} If regiment can't make sense of the figures, that's tomorrow's trouble.{else} Now get the message off.{end}" He doesn't sound quite sure.
    about russians, soviets, meadow, lorenzkirch
      {if holding message or message-sent}He looks across the river{else}He stops writing{end} for a moment. "We met them," he says. "Whatever else happens, we met them."
    about anything else
      "{if message-sent}Ask me on the road, Sparks. Görzig first: north.{else}Later. First the message.{end}"
  person brennan-dike "Sergeant Brennan"
    nouns sergeant, sarge, brennan
    here {if brennan-up}Brennan waits by the jeeps, ready to go.{else}Brennan sits on the bank, smoking with shaking hands.{end}
    Brennan, grey in the face, smoking one cigarette after another. For once he has nothing to say.
    talk
      "Fifty years old I'll be, and I'll still remember that meadow," he says.{if not message-sent} Then: "Get the message off, Sparks.{if not on-dike} Get up on the bank, you'll have better luck.{end}"{else} Then he gets up and stubs out the cigarette. "North, then. Görzig."{end}
      if message-sent
        set brennan-up
    about other side, you said, said, promise, promised, ask you, ask me
      Brennan looks back across the river at the meadow for a long time. "I did say that, didn't I." He draws on the cigarette. "All right, kid: Ohio, twenty-eight, a bread truck before the army, and my mother writing every week. And I've never been so glad to sit on a riverbank in my life. That's the lot."
    about age, old, how old, birthday
      "Twenty-eight, kid." He looks at his hands. "Today, about fifty."
    about before the war, before war, job back home, job at home, job home, civilian
      "Bread truck, in Ohio. Up at four, home by noon." He lights another cigarette from the last one. "I'd give a lot for a morning like that now."
    about home, family, where from, mother
      "Ohio. My mother writes every week." He looks at the cigarette. "I don't know what I'll write her about today."
    about will after, do after, plans
      "Fifty years old I'll be, and I'll still remember that meadow," he says. "Before that: Ohio, and a lot of sleep."
    about sad, seem sad, upset, unhappy, you ok, you okay, you alright, you all right
      "Sad isn't the word, kid." He looks across the river at the meadow. "I don't know what the word is. Ask Polowsky; he's got more of them."
    about berlin
      "Berlin can wait," he says. "I've seen enough for one day."
    about meadow, dead, lorenzkirch
      He shakes his head and says nothing.
    about hands, shaking, shake, shaky, cold, nerves
      Brennan looks at his hands as if they belonged to somebody else. "Cold," he says. It isn't cold. He lights another cigarette from the last one.
    about anything else
      "{if message-sent}Ask me tomorrow, kid.{else}Message first, Sparks.{if not on-dike} Up on the bank.{end}{end}"
  person dike-patrol "men by the boat"
    nouns rest, men
    here {if message-sent}Round the boat, the men are still talking about the other side.{end}
    Men of the patrol who stayed on this bank, crowding round the boat.
    talk
      You tell them what happened over there, all of it. The questions stop. For a while nobody says anything at all.
    about anything else
      You tell them what you saw over there. They listen without interrupting, which is not like them.
  on tell {dike-patrol} what we saw, tell {dike-patrol} everything, tell others, tell the others, tell others what we saw, tell the others what we saw, tell them what we saw, tell everyone
    You tell them what happened over there, all of it. The questions stop. For a while nobody says anything at all.
  on repeat position, say again, say again position, say position again, repeat message, repeat, send again, say again your position, say it again, send it again, repeat it, read it again
    only if message-sent, else "Nothing has gone out yet. {if not holding message}The lieutenant is still writing the message: TALK TO KOTZEBUE.{else}{if on-dike}Send it from up here: SEND MESSAGE.{else}Get up on the bank first: CLIMB BANK.{end}{end}"
    You read the figures out once more, slowly, exactly as the lieutenant wrote them. "Say again," says the voice, and then only static. Kotzebue waves it away. "They heard us. They'll work it out."
  on can i say it again, can i send it again, can i repeat it, can i try again, should i say it again, should i send it again
    {if message-sent}You read the figures out once more, slowly, exactly as the lieutenant wrote them. "Say again," says the voice, and then only static. Kotzebue waves it away. "They heard us. They'll work it out."{else}Nothing has gone out yet. {if on-dike}Send it from up here: SEND MESSAGE.{else}Get up on the bank first: CLIMB BANK.{end}{end}
  on skip the radio, skip radio, skip the message, skip message, forget the radio, forget the message, do not send it, dont send it
    {if message-sent}It's sent already. Regiment knows, or will.{else}Kotzebue shakes his head. "Regiment has to hear from us, Sparks. {if on-dike}Send it from up here.{else}Up on the bank, and send it.{end}"{end}
  on climb {dike}, climb up {dike}, climb onto {dike}, go up {dike}, climb, climb up, go up, up
    only if not on-dike or message-sent, else "You're already up on the bank, aerial in the wind."
    You scramble up the bank. The aerial sways in the wind.
    set on-dike
  on did they get it, did they get the message, did they hear us, did it go through, did the message go through, did they get our message
    {if message-sent}"The relay took it, Sparks," Kotzebue says. "Regiment has it now." He folds the notebook away. "Now north, to Görzig."{else}"Not yet, Sparks," Kotzebue says. "Get it off first: up on the bank."{end}
  on compare {message} with {dike-map}, compare {message} to {dike-map}, compare {dike-map} with {message}, compare {dike-map} to {message}, check {message} against {dike-map}, check {message} on {dike-map}, check coordinates against map, check coordinates on map, check the coordinates against the map, compare coordinates with map, compare the coordinates with the map, compare coordinates to map, find coordinates on map, find position on map, look up coordinates on map
    You hold the slip against Kotzebue's map: six figures in his quick pencil, and a creased road map marked in grease pencil. Where the figures point, you cannot tell; reading the map is the lieutenant's job, and he wrote them in a hurry on the hood of a jeep. Yours is to send what he writes.
  on correct {message}, change {message}, fix {message}, check {message}, change numbers, change the numbers, correct numbers, correct the numbers, fix numbers, fix the numbers, correct coordinates, fix coordinates, change coordinates, change the numbers to be correct
    You look at the figures. You are the radioman, not the patrol leader, and this is his message and his position. Your job is to send what the lieutenant writes. Nobody on this bank is checking the numbers against the map.
  on send {message}, use {radio}, radio {message}, transmit {message}, send message, radio message, transmit message, radio {message} to regiment, radio {message} to headquarters, send {message} to headquarters, send {message} to regiment, send message to headquarters, send message to regiment, send message to hq, radio message to regiment, radio message to headquarters, send a message to headquarters, send a message to regiment, radio headquarters, call headquarters, report, report contact, report to headquarters, report to regiment, switch on {radio}, turn on {radio}, switch {radio} on, turn {radio} on, call hq, radio hq, radio battalion, call battalion, call regiment, radio regiment, radio in, call in, radio in coordinates, radio in our coordinates, send coordinates, radio coordinates, send position, radio position, send map coordinates, radio captain, call captain, radio ferris, call ferris, radio the captain, call the captain
    if message-sent
      It's sent. Whether anybody at headquarters can find it on a map is another matter.
    else if holding message and on-dike
      From the top you reach the relay, a jeep with a bigger set on high ground to the west, and read out the message: contact, position, time. "Say again your position," says the voice. "Cannot confirm." You repeat it. Static.

      "They heard us," Kotzebue says. "They'll work it out."
      remove message
      set message-sent
      unlock fact wrong-coordinates
    else if holding message
      You switch on and call. Nothing but static. Down here by the water, the radio cannot reach anything. You need to get higher.
    else if on-dike
      Kotzebue climbs up after you, tears the page out of his notebook and hands it over: contact made, position, time. From the top you reach the relay, a jeep with a bigger set on high ground to the west, and read it out. "Say again your position," says the voice. "Cannot confirm." You repeat it. Static.

      "They heard us," Kotzebue says. "They'll work it out."
      set message-sent
      unlock fact wrong-coordinates
    else
      Kotzebue tears the page out of his notebook and hands it to you. "Contact made, position, time. Send it, Sparks. From up on the bank."
      give message
  on get in {dike-boat}, get into {dike-boat}, board {dike-boat}, cross the river, cross river
    Not this time. The patrol is going north to Görzig, to get the jeeps across as well{if not message-sent}, once your message is off{end}.
  on get in {dike-jeeps}, get into {dike-jeeps}, board {dike-jeeps}, drive {dike-jeeps}
    {if message-sent}The jeeps are going NORTH, to Görzig.{else}Not until the message is off.{end}

scene kreinitz "Kreinitz"
  when 25 April 1945, afternoon and evening
  where East bank, north of Strehla
  fact three-patrols-three-places
  hint A Soviet sergeant wants to toast the meeting with you. TOAST: raising the mug is enough, nobody makes you drink. (Or DECLINE politely, or SWAP BADGES.)
    only if not knows vodka-and-champagne
  hint Another American patrol has arrived. Talk to Major Craig.
    only if not met-craig
  hint It has been a long day. Find somewhere to SLEEP.
  This time it is a party: tables in the farmyard, bread, bottles, an accordion, and soldiers of both armies swapping badges. Late that afternoon Major Craig's patrol drives in, sent to find you.
  exit "sleep" to sitzenroda "until morning"
    only if knows vodka-and-champagne and met-craig, else "Not yet."
  thing tables "tables"
    nouns tables, table, bottles, bottle, feast, party, farmyard, yard, hayloft, farmhouse
    fixed
    Soviet soldiers and Americans shoulder to shoulder at farmhouse tables set end to end, covered with whatever anyone could find: black bread, sausage, tins of fish, bottles of vodka and, from somewhere, a few bottles of German brandy.
  thing bread "black bread"
    nouns bread, loaf, sausage, fish, food, tins
    adjectives black
    fixed
    Dark, heavy loaves torn into chunks, beside sausage and open tins of fish.
  on eat {bread}, take {bread}, taste {bread}
    You tear off a chunk of black bread and eat it with a slice of sausage. Across the table a Soviet soldier nods, pleased.
  on give {cigarettes} to {soviet-sergeant}, give {cigarettes} to {tables}, offer {cigarettes} to {soviet-sergeant}, give {cigarettes} to {kreinitz-soldiers}, give {cigarettes} to {accordionist}, offer {cigarettes} to {accordionist}, offer {cigarettes} to {kreinitz-soldiers}
    A hand takes a cigarette, the pack goes down the table, and somebody fastens a little brass badge to your jacket in return. All along the tables the same thing is happening: badges, buttons, cigarettes.
    remove cigarettes
    set got-badge
    give souvenirs
    unlock fact vodka-and-champagne
  on give {chocolate} to {soviet-sergeant}, offer {chocolate} to {soviet-sergeant}, give {chocolate} to {gordeyev-kreinitz}, offer {chocolate} to {gordeyev-kreinitz}, give {chocolate} to {kreinitz-soldiers}, offer {chocolate} to {kreinitz-soldiers}, give {chocolate} to {accordionist}, offer {chocolate} to {accordionist}, give {chocolate} to {tables}
    The bar is broken into squares and goes down the table from hand to hand, and somebody fastens a little brass badge to your jacket in return. All along the tables the same thing is happening: badges, buttons, chocolate, cigarettes.
    remove chocolate
    set got-badge
    give souvenirs
    unlock fact vodka-and-champagne
  on kiss {gordeyev-kreinitz}, kiss {soviet-sergeant}, kiss {accordionist}, kiss {kreinitz-soldiers}
    You are kissed on both cheeks for your trouble, lifted half off the bench in a bear hug and set down again with a slap on the back. All along the tables men of two armies are doing the same, and nobody needs a common language for it.
  thing accordion "accordion"
    nouns accordion, music, song, songs
    fixed
    A battered accordion, played by a Soviet corporal who knows every song there is, and a few more he is making up.
  on play {accordion}, borrow {accordion}, play the accordion
    The corporal lets you have the accordion for one verse. It wheezes like a goose with a cold; the whole table roars, and he takes it back, kindly, and plays the tune the way it goes.
  on dance, dance to {accordion}, dance to music, dance with {kreinitz-soldiers}, dance with {accordionist}
    Somebody pulls you into a clumsy dance between the tables. You tread on two Soviet boots and one American one, and everybody cheers as if you had meant it.
  on sing, sing along, sing with {accordionist}, sing with {kreinitz-soldiers}, join song
    You don't know the words, so you sing the tune, loudly. Nobody minds: the grey-haired sergeant sings the words for you, and the whole yard sings along, in two languages at once.
  on play music, play, join in, listen to {accordion}, listen to music, listen, clap, clap along, clap to {accordion}
    The Soviet corporal with the accordion squeezes out a tune you half know and a verse nobody knows. You clap along off the beat, somebody pulls you into a clumsy dance between the tables, and the whole yard sings, in two languages at once.
  person accordionist "Soviet corporal with the accordion"
    nouns corporal, accordionist, musician, player, cap
    adjectives soviet
    here {if toasted}At the head of the table a Soviet corporal plays the accordion.{end}
    A stocky Soviet corporal, the accordion on his knees, a cap pushed back on his head. He has had his eye on your helmet all evening.
    talk
      He doesn't stop playing. He nods at your helmet, then at his own cap, and raises his eyebrows: a swap?
    about anything else
      He answers with a verse of a song you do not know, and everyone round the table joins in.
  on give {helmet} to {soviet-sergeant}, offer {helmet} to {soviet-sergeant}
    The sergeant turns your helmet over in his hands, taps it with a knuckle and gives it back, laughing. He nods down the table at the corporal with the accordion, who has had his eye on it all evening.
  on give {helmet} to {accordionist}, swap {helmet} with {accordionist}, swap {helmet}, trade {helmet}, give {helmet} to {kreinitz-soldiers}
    The Soviet corporal with the accordion tries your helmet on, frowns at how heavy it is, and hands it back with a laugh. He keeps his cap. You keep your helmet. Everyone at the table seems to think this was a fair trade.
  person kreinitz-soldiers "soldiers at the tables"
    nouns soldiers, soldier, russians, russian, soviets, americans, men, guests
    adjectives soviet, american
    here {if drank}Down the table, somebody is still laughing at the face you made.{end}
    Soviet soldiers and Americans crowded along the tables, trading badges, buttons and addresses on scraps of paper.
    talk
      Nobody can hear you over the accordion, but everybody wants to shake your hand.
    about anything else
      The nearest of them shrugs, smiles and pours you more of whatever is in the bottle.
  on hug {kreinitz-soldiers}, embrace {kreinitz-soldiers}, shake hands with {kreinitz-soldiers}, hug, embrace
    You are passed down the table from handshake to back-slap to handshake. Nobody here needs a common language.
  on give {souvenirs} to {polowsky-kreinitz}, show {souvenirs} to {polowsky-kreinitz}, give {souvenirs} to {belousovitch}, show {souvenirs} to {belousovitch}, give {souvenirs} to {craig}, show {souvenirs} to {craig}
    {if toasted or got-badge}He turns it over, smiles and hands it back. "Keep it," he says. "Something to remember today by."{else}You have nothing to show yet. All along the tables soldiers are swapping badges and buttons: SWAP BADGES.{end}
  thing souvenirs "buttons and badges"
    nouns badge, badges, button, buttons, souvenir, souvenirs, jacket, tunic
    adjectives brass, soviet
    fixed
    {if toasted}Pinned to your jacket: a button from the sergeant's tunic.{end}{if got-badge} A little brass badge from the Soviet side, too.{end}{if not toasted and not got-badge}All along the tables soldiers are swapping badges and buttons. You haven't swapped anything yet: SWAP BADGES.{end}
  thing camera "camera"
    nouns camera, photo, photograph, picture, film
    fixed
    Belousovitch's camera: a small, battered thing on a strap, and the only camera at the party. He guards the film in it like treasure.
  on take {camera}, take photo, take picture, take a photo, take a picture, photograph, photograph {kreinitz-soldiers}, use {camera}, take photo of {kreinitz-soldiers}, photograph {polowsky-kreinitz}, take photo of {polowsky-kreinitz}, photograph {craig}, photograph {gordeyev-kreinitz}, photograph me, take photo of me, take a photo of me, take picture of me, take a picture of me, take pic, take a pic, take pic of me, take a pic of me, take pic of us, take a pic of us, take photo of us, take a photo of us, take a picture of us, photograph us
    Belousovitch won't hand over the camera, but he grins and points it at you and the nearest Soviet soldiers. You squeeze together along the bench. Click. "If it comes out," he says, "you'll see it one day."
  thing mug "tin mug"
    nouns mug, cup, vodka, water
    adjectives tin
    fixed
    A dented tin mug. {if mug-water}Water now: the sergeant swapped it for you, laughing, and poured your vodka into his own mug.{else}Vodka, by the smell of it.{end} A toast is made by raising the mug together; nobody here is going to check whether you drink.
  on spasibo, say spasibo, spasibo {soviet-sergeant}, say spasibo to {soviet-sergeant}, spasibo {kreinitz-soldiers}, zdravstvuyte, say zdravstvuyte, privet, say privet
    "Spasibo!" you try, and "Zdravstvuyte!", and the whole table roars with approval and answers: "Za vstrechu!"
  on what does za vstrechu mean, what is za vstrechu, whats za vstrechu, what does vstrechu mean, what mean za vstrechu, what means za vstrechu, ask {polowsky-kreinitz} what is za vstrechu, ask {polowsky-kreinitz} what za vstrechu means, ask {polowsky-kreinitz} what does za vstrechu mean, ask {polowsky-kreinitz} about za vstrechu, translate za vstrechu
    "Za vstrechu!" means "To our meeting!" You will hear it all night.
  on what is in {mug}, whats in {mug}, smell {mug}
    {if mug-water}Water. The sergeant swapped it for you, laughing, and poured your vodka into his own mug.{else}{if toasted}Vodka, still: the sergeant keeps filling it, and nobody is counting.{else}Vodka, by the smell of it, enough to knock you flat. Raising the mug is toast enough: TOAST, or DECLINE.{end}{end}
  person soviet-sergeant "Soviet sergeant with a mug"
    nouns sergeant, soviet, comrade, tovarishch, tovarish
    adjectives soviet, grey-haired, old, grey, gray, moustached
    here {if toasted}The grey-haired Soviet sergeant sings along with the accordion.{else}A Soviet sergeant holds out a tin mug to you.{end}
    A grey-haired sergeant with a moustache and a row of medals.{if not toasted} He holds the mug out to you again, with great patience.{end}
    talk
      {if toasted}"Za vstrechu!" he says, beaming, and claps you on the shoulder.{else}"Za vstrechu!" he says, and holds the mug out to you. To our meeting.{end}
    about will after, do after, get here, got here, sad, seem sad
      Polowsky leans over and translates. The sergeant points east, a long way east, then lifts his mug high. "He says: home, to his children," Polowsky says. "And tonight: to the meeting!"
    about name, your name
      Polowsky leans over and asks. "Stepan," the sergeant says, tapping his chest, and then points at you and waits. When you tell him, he repeats it twice, laughing, and raises his mug.
    about kids, children, child, family, wife, son, daughter
      Polowsky translates. The sergeant holds up three fingers, then his hand flat at three heights, like the steps of a stair. He points east, far east, and raises his mug to them.
    about age, old, how old, moustache, medals, where from, home, before the war, before war, job back home, job home
      Polowsky leans over and translates. The sergeant laughs, taps his grey moustache and his medals, and answers at length. "He says: too old for this, and not old enough to stop," Polowsky says. "And that he'll tell you the rest when the war is over."
    about anything else
      He doesn't understand a word, and it doesn't matter. {if toasted}He claps you on the shoulder and goes back to his song.{else}He raises his own mug and waits for you to raise yours.{end}
  on thank {gordeyev-kreinitz}, thank {gordeyev-kreinitz} for party, thank {gordeyev-kreinitz} for the party, order {gordeyev-kreinitz}
    Gordeyev laughs, raises his mug to you across the table and calls out: "Za vstrechu!" The whole table answers.
  on order {polowsky-kreinitz}
    Polowsky leans over and puts it into Russian. The answer comes with a laugh, a slap on the back and a full mug. "He says: tonight, no questions," Polowsky translates. "Tonight we drink to the meeting."
  person gordeyev-kreinitz "Lieutenant Colonel Gordeyev"
    nouns gordeyev, commander, officers, гордеев
    adjectives lieutenant
    here {if met-craig}Gordeyev moves from table to table.{end}
    The regiment's commander, in a much better mood than at Lorenzkirch.
    talk
      He recognises you from Lorenzkirch, laughs, and introduces you to Major Craig as if you were old friends.
    about sleep, bed, night, tonight, hayloft, where to sleep, where can i sleep
      Gordeyev laughs, puts his hands together under his cheek like a pillow and points at the hayloft over the barn.
    about age, old, how old, birthday
      Polowsky translates. Gordeyev laughs and taps his chest. "He says: old enough to command a regiment," Polowsky says, "and young enough to dance tonight."
    about kids, children, family, wife, married, home, where from
      Polowsky translates. Gordeyev pats his breast pocket, where a man keeps his letters, and raises his mug toward the east. "He says: at home, a long way from here," Polowsky says. "Soon, he hopes."
    about after the war, after war, will after, do after, go after, plans, future
      Polowsky translates. Gordeyev points east with his mug and says something that makes the whole table laugh. "He says: home, and sleep for a week," Polowsky says. "Then he will think about it."
    about anything else
      He smiles and spreads his hands: tonight is not for questions. Tonight is for the party.
  on ask {craig} why he came, ask {craig} why he is here, ask {craig} why he came here, why did you come, why did you come here, ask {craig} what he is doing here
    "Nobody at regiment knew where Kotzebue's patrol had got to," Craig says. "So they sent us to find out. Now there's two patrols over here instead of one."
    set met-craig
  person craig "Major Craig"
    nouns craig, major, regiment
    here Major Craig shakes hands with the Soviet officers.
    Major Fred W. Craig, who led a third patrol out from the regiment.
    talk
      {if craig-greeted}"Now? Now we're guests," Craig says. "Eat, sleep, and tomorrow somebody at regiment decides what happened today."{else}"Kotzebue's bunch? We were sent to find you," says the major. "Found Russians first. Everybody's found the Russians today, except the people who sent us."{end}
      set craig-greeted
      set met-craig
    about found first, who found, who was first, first, russians first, found them first, found russians
      "Your lieutenant, this morning, so he tells it. We found them late this afternoon." Craig shrugs. "Who gets the credit is for regiment to decide. Tonight I don't much care."
      set met-craig
    about age, old, how old, before the war, before war, job back home, job at home, job home, family, home, where from, will after, do after, get here, got here, came here, sad, seem sad
      "Not much to tell, soldier." He lifts his mug. "Tonight I'm a guest with a drink in my hand, and that's all I am."
      set met-craig
    about kotzebue, where is kotzebue, buck, lieutenant
      "Kotzebue? Somewhere among the tables with the Soviet officers, telling it all over again," Craig says. "Nobody at regiment knew where he'd got to, so they sent us to find out. Now there's two patrols over here instead of one."
      set met-craig
    about patrol, you, sent, found, find, how found, why came, why come, why here, why are you here, looking for us, looking, search, searching
      "Nobody at regiment knew where you'd got to," Craig says. "So they sent us to find out. Now there's two patrols over here instead of one."
      set met-craig
    about torgau, robertson, patrols, other patrols, three patrols, regiment
      "Torgau's up the river, north of here," Craig says. "Three patrols out from the regiment today that I know of, and not one of them inside five miles. Where the others have got to, your guess is as good as mine."
      set met-craig
    about meet, met, meeting, where did you meet, how did you meet, first contact
      "Late this afternoon, a few kilometres north of here on this bank: a village called Burxdorf," Craig says. "We were looking for you and found them instead. Then we all ended up at this party."
      set met-craig
    about trouble, in trouble, punished, court martial, will he get in trouble
      Craig rubs his chin. "Five miles, the orders said. Well, none of us stopped at five." He shrugs. "That's for the general to sort out. Tonight we're guests."
      set met-craig
    about russians, soviets, party
      "Friendly bunch. I've shaken more hands today than in my whole life." He grins. "Try getting any military sense out of anybody, though, with no common language and a party like this."
      set met-craig
    about anything else
      "Not tonight, soldier. Tonight we're guests." He looks round the yard. "Good ones, I hope."
      set met-craig
  person belousovitch "Belousovitch"
    nouns belousovitch, igor, photographer, cameraman
    here Belousovitch of Craig's patrol winds his camera.
    Private First Class Igor Belousovitch of Major Craig's patrol speaks Russian and carries a camera.
    talk
      "Took a picture of your man Polowsky," he says, "standing up on a jeep in front of some house, with the Russians all round. If it comes out, it'll be a good one."
    about age, old, how old, before the war, before war, job back home, job at home, job home, will after, do after, get here, got here, sad, seem sad
      "Long story, and it's a party," he says. "Short version: I speak Russian and I carry a camera. That's why I'm here tonight." He grins and goes back to his camera.
    about take pic, take picture, take photo, take photos, take pictures, take a picture, pic of me, picture of me, photo of me, photo of us, take photograph, take a photograph, photograph of us, photograph us, picture of us
      "Sure." He points the camera at you and the nearest Soviet soldiers, and you squeeze together along the bench. Click. "If it comes out, you'll see it one day."
    about see camera, see your camera, look at camera, look at your camera, hold camera, can i see, show me
      He lets you hold it for a moment: small, heavy, warm from his hands. Then he takes it back and winds on the film. "Careful. Polowsky's in there."
    about photo, picture, camera, polowsky
      "Polowsky up on a jeep, in front of a house, Russians all round him. If the film survives, people will see it."
    about home, where from, hometown, family, patrol, your patrol
      "The States, same as you. Today, Major Craig's patrol," he says. "We were sent to find you, and found the Russians first." He grins and goes back to his camera.
    about anything else
      Belousovitch thinks about it, winding on the film. "Beats me, soldier. Ask Major Craig: he does the talking for our patrol. I do the Russian and the pictures."
  person polowsky-kreinitz "Polowsky"
    nouns polowsky, joe, joseph, interpreter
    here Polowsky sits at the end of a table.
    Polowsky, quieter than anyone else at the party.
    talk
      "Don't forget that meadow," he says. "Whatever they say about today, later. Don't forget it."
    about age, old, how old, before the war, before war, job back home, job at home, job home, family, get here, got here
      "Chicago," he says, and for a moment he smiles. "Another life, Sparks. Tonight it feels a long way off."
    about sad, seem sad, upset, unhappy
      "Not sad, Sparks. Just still down on that meadow." He looks along the singing tables. "Somebody at this party ought to be."
    about meadow, dead, bodies, people, ppl, who were, refugees, killed, ukrainians, forced labourers
      "Refugees, local people, forced labourers, Ukrainians among them," Polowsky says quietly. "Caught on the meadow when the Germans blew up the bridge of boats, on the twenty-second. Two hundred dead, maybe four hundred. Nobody knows their names." He turns his mug round on the table. "That's why I won't forget it."
    about oath, promise
      "We promised," he says. "I'm going to hold people to it. Me included."
    about will after, do after, your plans
      "Me? Go home to Chicago." Polowsky looks along the tables, at the two armies singing. "And remember that meadow, every year, out loud if I have to. That's what the promise is for."
    about after the war, after, future, friends, russia, happen, gonna happen, will happen, stay friends
      Polowsky looks along the tables, at the two armies singing. "Tonight we're friends," he says. "After tonight?" He shrugs. "That's what the promise is for."
    about chicago, job, work, home, where from, back home
      "Chicago," he says, and for a moment he smiles. "Another life, Sparks. Tonight it feels a long way off."
    about photo, photograph, picture, belousovitch, jeep, camera
      "He had me stand up on a jeep, with the Russians all round," Polowsky says. "Pictures." He shrugs. "What I'll remember is the meadow."
    about zhukov, marshal zhukov, konev, front, whose army, which army
      "Zhukov? Not these fellows," Polowsky says. "This is Konev's front, the 1st Ukrainian. Zhukov's people are fighting for Berlin."
    about saying, what were they saying, what did they say, what did he say, what did karpovich say, what did gordeyev say, village, yard, colonels, you said, ask you tonight, said tonight
      "Up in the village?" Polowsky turns his mug round on the table. "Gordeyev said we're allies, and that the war will be over soon, and that we'd shaken hands on it. Karpovich said the meadow was no place for photographs of heroes, among the dead. So they sent us back across." He shrugs. "And now here we are, at a party. Same day."
    about interpreter, become, why interpreter, become an interpreter, translate, translating, speak russian, russian, language
      "Because I speak some Russian, and somebody had to," Polowsky says. "Today the army found out what that's good for."
    about anything else
      Polowsky thinks about it, turning his mug round on the table. "I don't know, Sparks," he says at last. "Some things I'll only know when I'm home."
  on i wont, i won't, i will not, i wont forget, i won't forget, i will not forget, i wont forget it, i won't forget it, i will not forget it, i'll never forget, i will never forget, i'll never forget it, i will never forget it, never, i promise, i will remember, i'll remember, i will remember it, i'll remember it, i remember, i wont forget the meadow, i won't forget the meadow, i will remember the meadow
    only if talking to polowsky-kreinitz
    "Good," Polowsky says, and lifts his mug to you. "Neither will I." For a moment the two of you are the only quiet ones at the party.
  on what happened to polowsky after the war, what happened to polowsky, what will happen to polowsky, what happens to polowsky after the war, what will happen to polowsky after the war
    only if polowsky-kreinitz is here
    "To me? Who knows, Sparks," Polowsky says, and turns his mug round on the table. "Back to Chicago, I suppose." He looks along the singing tables. "But I'm going to keep the promise we made today, Sparks. Whatever else I do."
  on raise mug, toast, make toast, join toast, raise {mug}, accept {mug}, take {mug}, drink to meeting, clink {mug}, na zdorovye, say na zdorovye, za vstrechu, say za vstrechu, to our meeting, to the meeting, toast {soviet-sergeant} if toasted
    You raise the mug once more. "Za vstrechu!" The whole table answers.
  on toast, make toast, join toast, raise {mug}, raise mug, accept {mug}, take {mug}, drink to meeting, clink {mug}, na zdorovye, say na zdorovye, za vstrechu, say za vstrechu, to our meeting, to the meeting, toast {soviet-sergeant}, yes, yes please, say yes, sure, ok, okay
    only if not toasted
    "Za vstrechu!" To our meeting! Everyone raises a mug. Theirs are emptied in one go; yours stays full, and nobody minds. The sergeant fastens a button from his tunic to your jacket.
    set toasted
    give souvenirs
    unlock fact vodka-and-champagne
  on i am too young to drink, im too young to drink, too young to drink, but i am too young to drink, i am too young, im too young, thank you but i am too young to drink, thanks but i am too young to drink
    only if toasted
    Nobody minds in the least. The sergeant taps your mug of water against his own and laughs: "Za vstrechu!"
  on drink, drink {mug}, drink vodka, sip, sip {mug}, drink from {mug}, take sip
    if mug-water
      You drink the water. The sergeant raises his own mug, vodka, and laughs: "Za vstrechu!"
    else if drank
      One very small sip was plenty. Nobody minds in the least.
    else
      You take a very small sip. It burns all the way down, like paraffin, and everyone cheers at the face you make. That was enough for a lifetime. Someone starts a song{if not toasted}, and the sergeant fastens a button from his tunic to your jacket{end}.
      set toasted
      set drank
      give souvenirs
      unlock fact vodka-and-champagne
  on decline, refuse, decline {mug}, refuse {mug}, say no, give {mug} back, ask for water, drink water, say no thanks, refuse drink, decline drink, refuse vodka, decline vodka, refuse the drink, refuse to drink, dont drink, don't drink, say no to vodka, pour it away, pour out {mug}, empty {mug}, no, no thanks, no thank you, i am too young to drink, im too young to drink, too young to drink, but i am too young to drink, i am too young, im too young, thank you but i am too young to drink, thanks but i am too young to drink, i do not drink, i dont drink, i can not drink, i can not drink vodka
    only if not toasted
    You shake your head and tap the radio: not while you're working. The sergeant looks at you, then roars with laughter, empties your mug into his own and fills it with water instead. "Za vstrechu!" you say, and raise the water, and the whole table raises theirs. Someone starts a song, and the sergeant fastens a button from his tunic to your jacket.
    set toasted
    set mug-water
    give souvenirs
    unlock fact vodka-and-champagne
  on what song is that, what song is this, whats that song, what is that song, what are they singing, what are they playing, what song, which song, what is he playing, whats he playing
    Nobody can tell you its name in any language you know. The corporal plays it faster, the whole table sings, and by the third time round you are humming it too.
  on write my address, write address, write down my address, write my address down, write my address on paper, write my address on a scrap of paper, write my address on a scrap of paper for {soviet-sergeant}, write my address for {soviet-sergeant}, write address for {soviet-sergeant}, give my address to {soviet-sergeant}, swap addresses, exchange addresses, trade addresses, swap addresses with {soviet-sergeant}, exchange addresses with {soviet-sergeant}, give {soviet-sergeant} my address
    Somebody finds a scrap of paper and a stub of pencil. You print your name and your home address in capitals, and the sergeant writes his underneath. You tear the scrap in two and each keep the other's half. Neither of you can read a word of the other's.
  on swap badges, swap buttons, trade badges, trade buttons, exchange badges, swap souvenirs, trade souvenirs, swap, trade, swap badges with {kreinitz-soldiers}, trade badges with {kreinitz-soldiers}, exchange badges with {kreinitz-soldiers}, swap buttons with {kreinitz-soldiers}, trade buttons with {kreinitz-soldiers}, swap badges with {soviet-sergeant}, trade badges with {soviet-sergeant}
    A button comes off your jacket easily enough, and a Soviet corporal trades you a little brass badge for it, and then tries to trade his cap for your helmet. All along the tables the same thing is happening: badges, buttons, cigarettes, addresses written on scraps of paper.
    set got-badge
    give souvenirs
    unlock fact vodka-and-champagne
  on give {red-star} to {soviet-sergeant}, offer {red-star} to {soviet-sergeant}, show {red-star} to {soviet-sergeant}, give {red-star} to {kreinitz-soldiers}, offer {red-star} to {kreinitz-soldiers}, show {red-star} to {kreinitz-soldiers}, give {red-star} to {accordionist}, show {red-star} to {accordionist}, swap {red-star}, trade {red-star}, swap {red-star} with {soviet-sergeant}, trade {red-star} with {soviet-sergeant}, swap {red-star} with {kreinitz-soldiers}
    The sergeant taps the same red star on his own cap, laughs, and pushes your hand gently back: a gift is a gift. {if got-badge or toasted}Then he taps what is pinned to your jacket: that one you swapped fair and square.{else}If you want to swap something, he nods down the table, where everybody is swapping badges for buttons and cigarettes: SWAP BADGES.{end}
  on sit with {polowsky-kreinitz}, sit by {polowsky-kreinitz}, sit next to {polowsky-kreinitz}, sit beside {polowsky-kreinitz}, join {polowsky-kreinitz}
    You sit down next to Polowsky at the end of the table. For a while neither of you says anything. Then he pushes a piece of bread across to you. "Don't forget," he says, "what we saw today."
  on watch, watch party, look at party, watch {kreinitz-soldiers}
    You sit back and watch: toasts, back-slapping, songs in two languages that somehow end up as one. A newspaper would call it a banquet. Nobody is going to get much military information out of anyone tonight.
    unlock fact vodka-and-champagne
  on wait, z, wait for morning, wait until morning, wait till morning
    only if knows vodka-and-champagne and met-craig
    Time passes. The party is thinning out, and somebody points you to the hayloft: time to SLEEP.
  on sleep, rest, lie down, go to sleep, go to bed, zzz, go to hayloft, go to the hayloft, go up to hayloft, climb into hayloft, climb to hayloft, enter hayloft, go into hayloft
    only if knows vodka-and-champagne and met-craig, else "Not yet. {if not knows vodka-and-champagne}The party is still going, and the sergeant is still waiting to toast the meeting with you.{else}Another patrol has just driven in: go and talk to Major Craig.{end}"
    Past midnight you fall asleep in a hayloft on the far side of the Elbe, among allies.{if holding signal-card} Your signal card has gone back to Brennan with the patrol's: the signals were for finding the Red Army, and you have found it.{end}

    The story now steps back to the morning of the same day, and downriver to Torgau, to another patrol of your regiment.
    remove radio
    if holding orders
      set kept-orders
    remove orders
    remove signal-card
    remove chocolate
    remove cigarettes
    remove red-flare
    remove green-flare
    remove red-star
    remove souvenirs
    go to sitzenroda

# ---------------------------------------------------------------------------------------------
# PART TWO: with Robertson at Torgau
# The viewpoint changes openly here: Robertson's patrol was four named men, so the radioman
# cannot truthfully be one of them. The player plays Robertson and does what the record says he
# did; other tries are refused with a message. The radioman's kit is put away (see the sleep
# action at Kreinitz) and given back when Part Three begins.
# ---------------------------------------------------------------------------------------------

scene sitzenroda "Sitzenroda"
  when 25 April 1945, late morning
  where On the road from Wurzen to Torgau
  hint Talk to the freed British prisoners sitting along the wall: TALK TO PRISONERS.
    only if not heard-of-wounded
  hint You have a reason to drive on. Go NORTHEAST, to Torgau.
  first visit
    PART TWO. The same morning, on the road to Torgau. Now you are not the radioman: you play Second Lieutenant William D. Robertson of the 273rd Infantry. His route and his deeds are in the record; the words spoken, and some small scenes, are reconstruction.

    You left Wurzen at ten with three men in one jeep, to check on refugees.
  A village street, a church and a pump.
  revisit
    Sitzenroda: the pump, the church, the road north-east to Torgau.
  exit northeast to torgau "to Torgau"
    only if heard-of-wounded, else "Your orders are refugees, not Torgau. You'd need a very good reason to drive on to Torgau."
    You drive on, twenty miles ahead of your regiment. Nobody stops you. Then the towers of Torgau rise over the fields.
  thing robertson-jeep "jeep"
    nouns jeep, car, rifles, flares, fuel
    fixed
    Your jeep: four men, four rifles, some rations, a can of fuel. No signal flares. Nobody thought you would need flares on a refugee check.
  thing robertson-self "you, Lieutenant Robertson"
    nouns robertson
    fixed
    That's you, for today: Second Lieutenant William D. Robertson of the 273rd Infantry, with three men, one jeep and orders to count refugees.
  thing church "church"
    nouns church, steeple, street, village, road, door
    fixed
    A village church with its door shut. A white sheet hangs from the steeple.
  on enter {church}, go into {church}, go in {church}, go inside {church}, open {church}, knock on {church}, in
    The church door is shut, and nobody answers it. The white sheet on the steeple says everything the village wants to say to a jeep today.
  thing steeple-sheet "white sheet"
    nouns sheet, bedsheet, flag
    adjectives white
    fixed
    A bedsheet hung from the steeple: the village has surrendered, and wants everybody to know it.
  on take {steeple-sheet}, get {steeple-sheet}, pull down {steeple-sheet}, pull {steeple-sheet}
    It hangs from the top of the steeple, far out of reach. And the village needs it more than you do.
  on give {sitzenroda-pump} to {british-corporal}, give water to {british-corporal}, offer {sitzenroda-pump} to {british-corporal}, bring {sitzenroda-pump} to {british-corporal}, get water for {british-corporal}, fill cans for {british-corporal}
    McDonnell hands a water can along the wall. The British prisoners drink in turn and pass it on. "Ta, sir," says the corporal. "{if heard-of-wounded}Now: those Yanks in Torgau.{else}There's something you ought to know, sir. There's Yanks in Torgau. Wounded.{end}"
    set heard-of-wounded
    unlock fact robertson-heads-for-torgau
  on drink water, drink {sitzenroda-pump}, drink from {sitzenroda-pump}, use {sitzenroda-pump}, pump water, get water, have a drink, drink
    You take a long drink at the pump. McDonnell taps his watch: the road is waiting.
  thing sitzenroda-pump "pump"
    nouns pump, water, cans
    fixed
    A village pump. McDonnell has just filled the water cans at it.
  thing huff-photo "creased photograph"
    nouns photo, photograph, picture, porch
    adjectives creased, huff's
    fixed
    Huff's photograph from home, creased from his pocket: people on a porch step, squinting into the sun. He keeps it in his breast pocket and takes it out when he thinks nobody is looking.
  thing sitzenroda-refugees "refugees"
    nouns refugees, families, handcarts
    fixed
    Now and then a family with a handcart comes down the street, heading west. Counting them is your job today.
  on turn back, drive back, head back, go back to wurzen, drive back to wurzen, west, go west
    McDonnell doesn't start the engine yet. "Back to Wurzen with a list of refugees, Lieutenant?"{if heard-of-wounded} He nods north-east. "With Yanks hurt in Torgau? I say we go: NORTHEAST."{else} He nods at the British prisoners by the wall. "Those fellows look like they know something. Might ask them first."{end}
  person crew "McDonnell's crew"
    nouns mcdonnell, james, crew, men
    here McDonnell, Huff and Staub wait in the jeep.
    Corporal McDonnell and Privates First Class Huff and Staub, your whole patrol.
    talk
      Huff and Staub look at McDonnell, who answers for all three. He leans on the wheel. "{if heard-of-wounded}Yanks hurt in Torgau, the Limeys say, and nobody's been to get them. Torgau, Lieutenant? NORTHEAST.{else}Refugees, Lieutenant? We've counted plenty. What now?{end}"
    about married, wife, girl, girlfriend, age, old, how old, before the war, before war, job back home, job at home, job home, will after, do after, after war
      "Me? Ask me when we're home, Lieutenant," McDonnell says. "One thing at a time, and today's thing is {if in sitzenroda}refugees{else}Torgau{end}."
    about scared, afraid, nervous, frightened, sad, seem sad
      "Scared?" McDonnell considers it. "Careful, Lieutenant. There's a difference." Huff nods; Staub grins.
    about what should we do, what now, what do we do, plan, do now
      "Your call, Lieutenant." McDonnell nods at the British soldiers by the wall. "But those fellows might know what's up the road. Ask them."
    about refugees, orders, task
      "Refugees, the captain said. Count them, see where they're going, come back." McDonnell looks at the British soldiers by the wall. "Those fellows might know more than we do."
    about photo, photograph, picture
      Huff holds the creased photograph out again, a little shyly: people on a porch step, squinting into the sun. "Home," he says, and puts it away.
    about who are you, who r u, who are you guys, who r u guys, who are u guys, who are you all, guys, you guys, yourselves, introduce yourselves
      "McDonnell, Lieutenant: corporal, and your driver. Huff and Staub, privates first class." McDonnell grins. "Your whole patrol. Same as this morning."
    about first name, first names
      "James, Lieutenant," says McDonnell. "And that's Frank Huff and Paul Staub." Huff nods; Staub grins.
    about name, names
      "McDonnell, Lieutenant. Corporal. Huff and Staub, privates first class." McDonnell grins. "Same as this morning."
    about home, family, where from, hometown, mcdonnell, huff, staub
      "Home's a long way west, Lieutenant," says McDonnell. Staub grins and says nothing; Huff shows you a creased photograph from home, and puts it away again. "We'd all like to get there in one piece."
    about sheet, white sheet, white flag, flag, steeple, church, surrender, surrendered
      "White sheet means they've given up, Lieutenant," says McDonnell. "This whole village has surrendered, and it wants everybody to know."
    about americans in torgau, americans, yanks, wounded, find the wounded
      "{if heard-of-wounded}Yanks hurt in Torgau, the Limeys say. I say we go, Lieutenant: NORTHEAST.{else}In Torgau? Not that I've heard, Lieutenant.{end}"{if not heard-of-wounded} He nods at the British prisoners along the wall. "Those fellows came from that way. Ask them."{end}
    about torgau, elbe, russians
      "{if heard-of-wounded}If there's Yanks hurt in Torgau, I say we go.{else}Torgau's a long way past where we're supposed to be, Lieutenant.{end}"
    about lets go back, let's go back, go back, turn back, back, wurzen, drive back, head back
      McDonnell doesn't start the engine yet. "Back to Wurzen with a list of refugees, Lieutenant?"{if heard-of-wounded} He nods north-east. "With Yanks hurt in Torgau? I say we go: NORTHEAST."{else} He nods at the British prisoners by the wall. "Those fellows look like they know something. Might ask them first."{end}
    about anything else
      McDonnell shrugs. "You're the lieutenant, Lieutenant."{if heard-of-wounded} He nods north-east. "The Limeys told us where the wounded are."{else} He nods at the men along the wall. "Why not ask the Limeys?"{end}
  person huff-s "Huff"
    nouns huff, frank, photograph
    here {if in trebsen}{end}
    Private First Class Frank Huff, one of your three men. He keeps a creased photograph in his breast pocket.
    talk
      Huff shows you a creased photograph from home, and puts it away again. "Refugees, Lieutenant. Plenty of them," he says.
    about name, first name, names, your name
      "Frank," he says. "Frank Huff, Lieutenant."
    about who are you, who r u, who are you guys, who r u guys, who are u guys, who are you all, guys, you guys, yourselves
      "Your patrol, Lieutenant," Huff says. "McDonnell, Staub and me. All of it."
    about photo, photograph, picture, home, family, where from, hometown, married, wife, girl, girlfriend, kids, children
      Huff takes out the creased photograph again: people on a porch step, squinting into the sun. "Home," he says. "That's all of it that fits in a pocket." He puts it away.
    about age, old, how old, before the war, before war, job back home, job at home, job home, job, will after, do after, after war, get here, got here, about you, yourself
      "Ask me when we're back, Lieutenant," Huff says, and pats the pocket with the photograph.
    about scared, afraid, nervous, frightened, sad, seem sad, you ok, you okay
      Huff thinks about it honestly. "Some, Lieutenant. Mostly of being the last man hurt in this war."
    about funny, so funny, laugh, laughing, joke, grin, grinning
      Huff nods at Staub. "His face, Lieutenant. It's always his face."
    about count, counted, how many, refugees, numbers, number
      "Lost count before lunch, Lieutenant," Huff says. "McDonnell's got the list. Ask me the number and I'll only guess."
    about anything else
      Huff glances at McDonnell, then answers for himself. "Whatever you decide, Lieutenant. I'm with you."
  person staub-s "Staub"
    nouns staub, paul
    here {if in trebsen}{end}
    Private First Class Paul Staub, one of your three men, with a grin that never quite goes away.
    talk
      Staub grins. "Whatever you say, Lieutenant. McDonnell drives, I ride."
    about name, first name, names, your name
      "Paul Staub, Lieutenant." He grins. "Staub, like dust. Everybody makes that joke once."
    about who are you, who r u, who are you guys, who r u guys, who are u guys, who are you all, guys, you guys, yourselves
      Staub grins. "Same three as this morning, Lieutenant. McDonnell drives, Huff worries, I ride."
    about age, old, how old, where from, home, hometown, family, married, wife, girl, girlfriend, before the war, before war, job back home, job at home, job home, job, will after, do after, after war, get here, got here, about you, yourself
      Staub grins. "Ask me again when we're home, Lieutenant. I'll tell you all of it, and you'll be sorry you asked."
    about scared, afraid, nervous, frightened, sad, seem sad, you ok, you okay
      "Scared?" Staub grins, not very convincingly. "Only when McDonnell drives, Lieutenant."
    about hungry, hunger, food, eat, starving, lunch, rations
      "Always, Lieutenant." Staub grins. "There's a can of something in the jeep with my name on it. Later."
    about anything else
      Staub shrugs and grins. "Your call, Lieutenant. I go where the jeep goes."
  on which camp were you in, what camp were you in, which camp were you held in, what camp were you held in, which camp, where were you held, were you in a camp
    "Long enough, sir. Years, some of us," the British corporal says. "Marched from one place to the next, and then one morning the guards were gone. So here we sit." He nods up the road. "But there's Yanks in Torgau, sir. Wounded. Somebody ought to go."
    set heard-of-wounded
  person british-corporal "freed British prisoners"
    nouns prisoners, prisoner, british, tommies, tommy, limeys, limey, brits, corporal, men, wall, berets, people
    adjectives freed, british
    here Freed British prisoners sit along the wall.
    Thin men in British battledress, with the faces of people who have been hungry for a long time.
    talk
      {if heard-of-wounded}"Torgau, sir," the corporal says again. "Wounded Yanks. Somebody ought to go."{else}A corporal gets up. "There's Yanks in Torgau, sir. Wounded prisoners of the Jerries. Nobody's been to get them."{end}
      set heard-of-wounded
      unlock fact robertson-heads-for-torgau
    about where captured, where were you captured, where were you taken, where did they get you, where caught, where were you caught, captured, caught, taken prisoner
      "A long way from here, sir, and a long time ago." The corporal looks down the empty road. "Since then it's been camps, and marching, and then one morning the guards were gone."
    about how long, long, years, camp, held, stalag, guards, escaped, free, freed
      "Long enough, sir. Years, some of us." The corporal looks down the empty road. "Marched from camp to camp, and then one morning the guards were gone. So here we sit."
    about germans, jerries, jerry, enemy, town, defended, danger, safe, shelling
      "Jerries? Gone, sir, most of them, or hiding, or looking for somebody to surrender to. They say Torgau's half empty: the Russians have been shelling it from over the river." He nods up the road. "But there's Yanks there, wounded. That's what we heard."
      set heard-of-wounded
      unlock fact robertson-heads-for-torgau
    about help, need, food, hungry, rations, water, ok, alright
      "We'll manage, sir. We've managed worse." The corporal nods up the road. "It's the Yanks in Torgau who need help."
      set heard-of-wounded
      unlock fact robertson-heads-for-torgau
    about how many, how many wounded, how many prisoners, number, count
      "Nobody counted them for us, sir. A few, a lot: we only heard." The corporal nods up the road. "Enough that somebody ought to go. In Torgau."
      set heard-of-wounded
      unlock fact robertson-heads-for-torgau
    about torgau, wounded, americans, prisoners, yanks, yank, american prisoners, hurt, injured
      "In Torgau, sir. Wounded Yanks, prisoners of the Jerries. That's what they say."
      set heard-of-wounded
      unlock fact robertson-heads-for-torgau
    about russians, soviets, elbe
      "Over the river, they say. Or nearly. Nobody knows for sure."
    about home, britain, england
      "Leeds, sir." The corporal laughs. "Some day. First somebody has to tell us which way it is."
    about go get, get them, go and get, fetch them, rescue, lets go, we go, we will go, we are going, on our way
      only if heard-of-wounded
      "Good on you, sir," the corporal says. McDonnell already has the engine running.

      You drive on, twenty miles ahead of your regiment. Nobody stops you. Then the towers of Torgau rise over the fields.
      go to torgau
    about anything else
      The corporal gets to his feet. "Don't know about that, sir. But there's something you ought to know." He nods up the road. "There's Yanks in Torgau. Wounded. Prisoners of the Jerries, held in the town, we heard. Nobody's been to get them."
      set heard-of-wounded
      unlock fact robertson-heads-for-torgau
  on get in {robertson-jeep}, get into {robertson-jeep}, drive {robertson-jeep}, start {robertson-jeep}, board {robertson-jeep}
    {if heard-of-wounded}McDonnell starts the engine. Torgau is NORTHEAST.{else}Drive where? Your orders are refugees, and you have counted plenty. Maybe the men along the wall know something.{end}

scene torgau "Torgau"
  when 25 April 1945, early afternoon
  where West bank of the Elbe
  hint The freed prisoners near Fort Zinna know something. TALK TO PRISONERS.
    only if not heard-of-soviets
  hint You have no green flares. Make something else to show who you are: a flag. The pharmacy is IN.
    only if not holding us-flag
  hint Titov, the freed Soviet prisoner, could help. TALK TO TITOV.
    only if not titov-coming
  hint The castle tower looks over the river. Go UP to the castle with your flag.
  The streets are almost empty: people have fled the shelling from across the river, or hide in cellars. Above the roofs rise the towers of Hartenfels Castle. On the corner, a pharmacy door hangs open.

  {if not ceasefire}Across the river a red flare hangs in the sky, waiting for a green answer you can't give.{end}
  revisit
    The empty streets, the pharmacy, the castle above the river.
  exit in to pharmacy "the pharmacy"
  exit up to castle-tower "the castle tower"
    only if holding us-flag, else "{if titov-coming}Titov is ready to come up with you. But before they will listen to a voice from the tower, they must see who is up there, and without green flares you need some other way to show them who you are.{else}From the castle tower, the whole river would see you. But see what? Without green flares, you need some other way to show them who you are.{end}"
    You climb the winding stair of the Flaschenturm, out into the wind high above the Elbe.
    if titov-coming
      move titov to castle-tower
  on drive to torgau, go to torgau, drive into torgau, go into torgau, head for torgau
    You are in Torgau already: empty streets, the castle towers, the river beyond. The wounded Americans are somewhere here.
  thing torgau-streets "streets"
    nouns streets, street, road, roofs, shutters, glass, cellars, cellar, town, people, doorways
    fixed
    Empty streets, closed shutters, broken glass. The people are gone or hiding.
  thing fort-walls "walls of Fort Zinna"
    nouns walls, wall, fort, zinna, prison
    adjectives grim
    fixed
    High brick walls and a gate. Fort Zinna was a prison of the German army, and the prisoners say many men were shot here.
  thing pharmacy-door "pharmacy"
    nouns pharmacy, door, shop, drugstore, apotheke
    fixed
    A chemist's shop on the corner, its door hanging open. Inside there may be something to make a flag with. Go IN.
  thing castle "Hartenfels Castle"
    nouns castle, towers, tower, hartenfels, flaschenturm, parapet
    fixed
    Towers and steep roofs above the river. From up there the whole far bank could see you. Go UP.
  thing sky-flare "red flare over the river"
    nouns flare
    adjectives red, soviet
    fixed
    {if ceasefire}The red flares have stopped. Nobody needs to ask any more.{else}A Soviet signal: red. It is a question, and the answer should be green. You have nothing green to fire.{end}
  thing torgau-elbe "Elbe"
    nouns river, elbe, bank, water
    fixed
    Below the castle, wide and grey. On the other side, the Red Army.
  person torgau-prisoners "freed prisoners"
    nouns prisoners, prisoner, men, crowd, uniforms, soldiers
    adjectives freed, ragged
    here By the walls of Fort Zinna, a military prison, ragged freed prisoners stand in the road.
    Men in grey Wehrmacht uniforms with the insignia torn off, in prison clothes, in civilian rags. Some of them were German soldiers locked up by their own army. Some were prisoners from half a dozen countries.
    talk
      They all talk at once. One points east: "Russen. Drüben." The Russians, over there.
      set heard-of-soviets
      unlock fact fort-zinna
    about wounded, americans, wounded americans, american prisoners, hospital
      They look at each other and shrug: no Americans here, not that they have seen. One of them points east instead, to the river. "Russen. Drüben." The Russians. Over there.
      set heard-of-soviets
      unlock fact fort-zinna
    about home, where from, country, countries, names, name
      Every one of them answers with a different place: German towns, and countries you can only guess at from the words. Then they all point east, to the river. "Russen. Drüben." The Russians. Over there.
      set heard-of-soviets
      unlock fact fort-zinna
    about fort, zinna, prison, walls
      One of them answers in German: this was the army's prison, and many soldiers were shot here. He does not look at the walls. Then he points east, to the river. "Russen. Drüben." The Russians. Over there.
      set heard-of-soviets
      unlock fact fort-zinna
    about anything else
      They all answer at once, and all of them point east, to the river. "Russen," one of them says. "Drüben." The Russians. Over there, on the other bank.
      set heard-of-soviets
      unlock fact fort-zinna
  person torgau-crew "McDonnell's crew"
    nouns mcdonnell, james, crew, corporal
    here {if in trebsen}{end}
    Your three men: Corporal McDonnell and Privates First Class Huff and Staub, keeping an eye on the empty streets.
    talk
      McDonnell answers for all three, as always. "Quiet town, Lieutenant. Too quiet. Those prisoners by the fort might know where the Yanks are."
    about married, wife, girl, girlfriend, age, old, how old, before the war, before war, job back home, job at home, job home, will after, do after, after war
      "Me? Ask me when we're home, Lieutenant," McDonnell says. "One thing at a time, and today's thing is {if in sitzenroda}refugees{else}Torgau{end}."
    about scared, afraid, nervous, frightened, sad, seem sad
      "Scared?" McDonnell considers it. "Careful, Lieutenant. There's a difference." Huff nods; Staub grins.
    about flares, flare, green flare, green flares, signal, signals, green
      "Flares?" McDonnell shakes his head. "Not one, Lieutenant. Nobody thought we'd need flares to count refugees."
    about first name, first names, names, name
      "James, Lieutenant," says McDonnell. "And that's Frank Huff and Paul Staub." Huff nods; Staub grins.
    about flag, sheet, white, red, blue, show them
      "A flag would do it, if we had one," McDonnell says, looking at the pharmacy door. "Something white, something red, something blue."
    about wounded, americans, yanks, prisoners, hospital
      "No sign of any Yanks, Lieutenant. Ask those prisoners by the fort."
    about anything else
      "Your call, Lieutenant," McDonnell says. "We're right behind you."
  person huff-t "Huff"
    nouns huff, frank, photograph
    here {if in trebsen}{end}
    Private First Class Frank Huff, one of your three men. He keeps a creased photograph in his breast pocket.
    talk
      Huff keeps an eye on the empty street. "Quiet, Lieutenant," he says. "I don't like it."
    about name, first name, names, your name
      "Frank," he says. "Frank Huff, Lieutenant."
    about photo, photograph, picture, home, family, where from, hometown, married, wife, girl, girlfriend, kids, children
      Huff takes out the creased photograph again: people on a porch step, squinting into the sun. "Home," he says. "That's all of it that fits in a pocket." He puts it away.
    about age, old, how old, before the war, before war, job back home, job at home, job home, job, will after, do after, after war, get here, got here, about you, yourself
      "Ask me when we're back, Lieutenant," Huff says, and pats the pocket with the photograph.
    about scared, afraid, nervous, frightened, sad, seem sad, you ok, you okay
      Huff thinks about it honestly. "Some, Lieutenant. Mostly of being the last man hurt in this war."
    about anything else
      Huff glances at McDonnell, then answers for himself. "Whatever you decide, Lieutenant. I'm with you."
  person staub-t "Staub"
    nouns staub, paul
    here {if in trebsen}{end}
    Private First Class Paul Staub, one of your three men, with a grin that never quite goes away.
    talk
      Staub grins at the empty street. "Nobody home, Lieutenant. Not even the Jerries."
    about name, first name, names, your name
      "Paul Staub, Lieutenant." He grins. "Staub, like dust. Everybody makes that joke once."
    about age, old, how old, where from, home, hometown, family, married, wife, girl, girlfriend, before the war, before war, job back home, job at home, job home, job, will after, do after, after war, get here, got here, about you, yourself
      Staub grins. "Ask me again when we're home, Lieutenant. I'll tell you all of it, and you'll be sorry you asked."
    about scared, afraid, nervous, frightened, sad, seem sad, you ok, you okay
      "Scared?" Staub grins, not very convincingly. "Only when McDonnell drives, Lieutenant."
    about anything else
      Staub shrugs and grins. "Your call, Lieutenant. I go where the jeep goes."
  person titov "Titov"
    nouns titov, soviet, russian, soldier, man, tunic, lad, guy, boy
    here {if in castle-tower}Titov crouches by the parapet.{else}{if titov-coming}Titov waits, ready to come up.{else}Among them stands a young Soviet soldier, Titov.{end}{end}
    A young man in a ragged Soviet tunic, held by the Germans until a few days ago. His name, he tells you, is Titov.
    talk
      {if titov-coming}"When they need a Russian voice, tell me," Titov says.{else}{if not heard-of-soviets and not under-fire}Titov glances at the older prisoners, and they answer for him first, all at once, pointing east: "Russen. Drüben." The Russians, over there. Then Titov nods. {end}"Americans? My people are across the water. I come with you, to talk to them."{end}
      set titov-coming
      set heard-of-soviets
      unlock fact fort-zinna
    about before the war, before war, job back home, job at home, job home, job, will after, do after, after war, happen to you, will happen, what now, what will you do now
      "Before? After?" Titov shrugs and looks east, over the river. "First I find my people over the water. Then I think about after."
    about sad, seem sad, upset, unhappy
      "Sad?" Titov shakes his head. "Today I am free. Tomorrow, maybe, I am sad. Not today."
    about tell them american, tell them americans, we are american, we are americans, tell them who we are, show them american, show them americans, show them who we are, know we are american, know were american, know who we are, think we are german, think were german, think we are germans, think were germans, prove american, prove we are american
      {if ceasefire}"They know now," Titov says. "Go. They are waiting at the bridge."{else}{if in castle-tower}Titov looks at you, then at the far bank. "They need a Russian voice. Tell me to shout, and I shout." (ASK TITOV TO SHOUT.){else}Titov looks up at the castle tower over the river. "From the water they see only soldiers. From up there they see who you are, if you show them." He taps his chest. "And if they do not listen, I shout. When you go up, I go up."{end}{end}
      set titov-coming
    about wounded, americans, wounded americans, american prisoners, american prisoner, american, were there americans, yanks
      He shakes his head. "Americans? Here I see no Americans. Only you." He points east. "Ask my people over the river. They see everything from there."
    about prisoner, prison, germans, camp, fort, zinna, fort zinna, walls, where were you, where were you held, held, captured, caught, get caught, got caught, how did you get caught, got here, get here, how did you get here, get torgau, get to torgau, got to torgau, come to torgau, came to torgau
      "Prisoner of the Germans," he says. "Until a few days ago." He shrugs at the walls of the fort and does not look at them for long. "Bad place. Many men shot there. Now it is finished." Then he looks at the river.
      unlock fact fort-zinna
    about scared, afraid, scary, frightened, fear
      {if ceasefire}"Scared? Up there, a little." Titov grins. "But they know my voice now."{else}"Scared?" Titov looks at the river. "After the camp, not of much."{end}
    about age, old, how old
      "Old enough," Titov says. "In the camp, everybody is old." He looks at the river and smiles for a moment. "Tomorrow I am young again."
    about first name, name, names, called
      "Titov," he says, and taps his chest. When you ask for more, he only grins: Titov will do.
    about limp, limping, leg, legs, foot, feet, hurt, injured, wound, ok, okay, alright, all right
      He looks down at his leg as if he had forgotten it. "From the camp. It is nothing," he says. "It walks. Today it walks to the river."
    about home, family, where from
      "Home?" He points east, over the river and far beyond it. "There. A long way. First I find my people over the water."
    about help, help us, voice, russian voice, now, shout, yell, call, tell them, talk to them, russians, soviets, river, across
      only if in castle-tower and under-fire and not ceasefire
      Titov doesn't wait to be asked twice. He crawls to the parapet and shouts across in Russian, long and loud. The firing slows, and stops. Someone shouts back.

      "I told them who you are," Titov grins. "And who I am."
      set ceasefire
      unlock fact tower-and-gunfire
    about russians, soviets, river, across, shout
      if in castle-tower
        {if ceasefire}"They know now," he says. "Go. They are waiting at the bridge."{else}"When you need a Russian voice, ask me," he says.{end}
      else if heard-of-soviets or under-fire
        "My people are across the water," he says. "If they need to hear a Russian voice, I come with you. When you go up, I go up."
        set titov-coming
      else
        Titov glances at the older prisoners, and they answer for him first, all at once, pointing east: "Russen. Drüben." The Russians, over there. "My people are across the water. If they need to hear a Russian voice, I come with you. When you go up, I go up."
        set titov-coming
        set heard-of-soviets
        unlock fact fort-zinna
    about shoot, shooting, shot, shot at, shoot at us, fire, fired, firing, why shoot, why did they shoot
      "They send red. Nobody sends green back," Titov says. "And Germans show your flag before, to trick them." He shrugs. "{if ceasefire}So they shoot. Now they know you.{else}So they shoot. They need to hear a Russian voice.{end}"
    about anything else
      {if in castle-tower}{if ceasefire}"They know now," he says. "Go. They are waiting at the bridge."{else}{if under-fire}Titov looks at you, then at the far bank. "They need a Russian voice. Tell me to shout, and I shout." (ASK TITOV TO SHOUT.){else}He nods at the far bank. "When they need to hear a Russian voice, ask me."{end}{end}{else}He looks past you at the river. "My people are over there," he says.{end}
  on ask {titov} to come with me, ask {titov} to come, ask {titov} to come with us, tell {titov} to come with me, tell {titov} to come, take {titov} with me, bring {titov}, ask {titov} to help, ask {titov} to help us, ask {titov} to follow me, ask {titov} to follow, tell {titov} to follow me, take {titov} up, take {titov} along, take {titov} to tower, take {titov} to castle, bring {titov} along, bring {titov} up, ask {titov} to shout, ask {titov} to shout to them, ask {titov} to shout in russian, ask {titov} to call to them, ask {titov} to talk to them, ask {titov} to come to the tower, bring {titov} to castle tower, bring {titov} to tower, bring {titov} to castle, take {titov} to castle tower, bring {titov} up, bring {titov} with me, bring {titov} with us
    if titov-coming
      "When they need a Russian voice, tell me," Titov says.
    else if heard-of-soviets or under-fire
      "Yes. I come with you," says Titov. "When you go up, I go up."
      set titov-coming
    else
      Titov glances at the older prisoners, and they answer for him first, all at once, pointing east: "Russen. Drüben." The Russians, over there. "Yes. I come with you," says Titov. "When you go up, I go up."
      set titov-coming
      set heard-of-soviets
      unlock fact fort-zinna
  on shout, yell, shout across, call across, shout amerikanski, yell amerikanski, shout americans
    Your shout comes back off the shutters. Down here among the roofs, nobody across the river can hear you. {if holding us-flag}From the castle tower they could see your flag: go UP.{else}Up on the castle tower they might, but they will not trust a voice before they see who is up there, and without green flares you need something else to show them.{end}
  on wave {us-flag} from {castle}, wave {us-flag} from top of {castle}, fly {us-flag} from {castle}, hang {us-flag} from {castle}, show {us-flag} from {castle}, hold up {us-flag} on {castle}, take {us-flag} to {castle}, take {us-flag} up {castle}, take {us-flag} up to {castle}, climb {castle} with {us-flag}, go up {castle} with {us-flag}
    only if holding us-flag, else "You have no flag to wave yet. Inside the pharmacy there may be something to make one with: go IN."
    You take the flag up the winding stair of the Flaschenturm, out into the wind high above the Elbe, where the far bank can see it.
    if titov-coming
      move titov to castle-tower
    go to castle-tower
  on wave {us-flag}, show {us-flag}, hold up {us-flag}, fly {us-flag}, unfurl {us-flag}, use {us-flag}
    You wave the flag in the street. Down here among the roofs, nobody on the other side of the river can possibly see it. You need to be higher: take it UP to the castle tower.
  on knock, knock on door, knock on doors, knock on {pharmacy-door}, knock at door, knock on doors to look for wounded americans, knock on doors to look for the wounded, knock on doors for wounded americans, knock on door to look for wounded americans, bang on doors
    You knock at the nearest doors. Behind the shutters something moves, and then nothing: nobody opens to a soldier today. The only people who will talk are the freed prisoners by the walls of Fort Zinna{if heard-of-soviets}, and they have already pointed you east, to the river{end}.
  on wave arms, wave my arms, wave your arms, wave our arms, wave arms at russians, wave my arms at russians, wave arms at soviets, wave my arms at soviets, wave arms at {torgau-elbe}, wave my arms at the russians across the river, wave at russians, wave to russians, wave across river, wave with arms, wave with my arms, wave with our arms, wave with hands, wave with my hands
    Down here among the roofs, nobody on the other side of the river can see you. You need to be higher, and you need something they will recognise.
  on what happened in there, what happened in fort, what happened in prison, what happened there, what happened at fort zinna, what was fort zinna
    {if heard-of-soviets}The freed prisoners have told you what they will: this was the German army's prison, and many soldiers were shot here. Nobody looks at the walls for long.{else}Ask the men who were in there: TALK TO PRISONERS.{end}
  on fire flare, fire green flare, fire flares, where are flares, where are the flares, no green flares, no flares, we do not have flares what do we do, we dont have flares what do we do, we dont have flares, we dont have any flares, we do not have flares, we have no flares, we have no flares what do we do, we do not have any flares, we have no green flares, we do not have green flares
    You have no flares. Not a single one. Nobody thought this patrol would need them.
  on look for wounded americans, look for wounded, look for americans, look for american prisoners, search wounded yanks, search for wounded yanks, look for wounded yanks, find wounded yanks, search wounded americans, search yanks, search for yanks, look for yanks, find yanks, search americans, search wounded, look for prisoners, find wounded americans, find wounded, find americans, search for wounded, search for wounded americans, search for americans, search town, search {torgau-streets}, ask about wounded americans, ask about wounded, look for hospital, find hospital, where are the wounded americans, where are the wounded, where are wounded americans, where are the americans, where are the prisoners, what about the wounded americans, what about the wounded, what about the americans, find the wounded, look for the wounded, look for the wounded americans, find the wounded americans
    You try the first streets: closed shutters, empty doorways, nobody to ask. The only people in sight are the freed prisoners by the walls of Fort Zinna{if heard-of-soviets}, and they have already pointed you east, to the river{else}. Ask them: TALK TO PRISONERS{end}. If there are wounded Americans in Torgau, nobody here can tell you where.

scene pharmacy "The Pharmacy"
  when 25 April 1945, afternoon
  where Torgau
  hint You have your flag. Go OUT, then UP to the castle.
    only if holding us-flag
  hint You have everything. MAKE FLAG.
    only if holding bedsheet and holding mercurochrome and holding ink
  hint A flag needs something white, something red and something blue.{if holding bedsheet} The white you have: the bedsheet.{end}{if holding mercurochrome} The red you have: the Mercurochrome.{end}{if holding ink} The blue you have: the ink.{end} LOOK around, EXAMINE what you see, and TAKE what would do.
  Brown bottles on the shelves, an empty cash drawer, and behind a curtain a bed left in a hurry.

  {if flag-made}You have your flag.{else}Somewhere in here there must be colours.{end}
  exit out to torgau
  on what is the flag for
    Red, white and blue: the Stars and Stripes. With no green flares to answer the Soviet signal, a flag is the only way left to show them who you are.
  on take paint, get paint, find paint, look for paint, search for paint, take paints, take colours, take colors, find colours, find colors, search, search pharmacy, search the pharmacy, search shop, search the shop, look for colours, look for colors, search for colours, search for colors
    {if flag-made}Nothing else here you need: you have your flag.{else}No paint as such. But red Mercurochrome on the counter and blue ink by the till would do, on something white: there is a bed behind the curtain.{end}
  thing shelves "shelves"
    nouns shelves, shelf, labels, label, jars, glass, bottles
    adjectives brown
    fixed
    Rows of brown glass bottles and jars, each with a label in old-fashioned German script. Nothing on them is white, red or blue enough to be any use.
  on read {shelves}
    The labels are in old German script and Latin: names of powders and tinctures you have never heard of.
  thing counter "counter"
    nouns counter, till, drawer, cash
    fixed
    A wooden counter, worn pale in the middle by years of customers. The cash drawer hangs open and empty.
  on open {counter}, look in {counter}, search {counter}, close {counter}, shut {counter}
    The cash drawer hangs open already, off its runner, and there is nothing in it: whoever left in a hurry took the money and left the Mercurochrome.
  on take {shelves}
    The brown bottles on the shelves hold powders and tinctures with German labels: nothing white, red or blue enough for a flag. The Mercurochrome on the counter and the ink by the till are another matter.
  thing bed "bed"
    nouns bed, curtain, room
    fixed
    A narrow bed in the little room behind the curtain, the blankets thrown back.{if bedsheet is here} The sheet is still on it.{end}
  on look behind {bed}, look behind curtain, open curtain, pull curtain, draw curtain, move curtain, go behind curtain, look in {bed}, search {bed}
    You pull the curtain aside. A narrow bed in the little room, the blankets thrown back.{if bedsheet is here} The white sheet is still on it.{else} You have its sheet.{end}
  thing bedsheet "white bedsheet"
    nouns sheet, bedsheet, linen, cloth
    adjectives white, bed
    here A white bedsheet lies on the bed.
    A white linen bedsheet, big enough to be seen from a long way off.
  thing mercurochrome "bottle of Mercurochrome"
    nouns mercurochrome, bottle, antiseptic, stuff, liquid
    adjectives red
    here A bottle of red Mercurochrome stands on the counter.
    A bottle of Mercurochrome, a bright red antiseptic for cuts and grazes. It stains everything it touches.
    read
      MERCUROCHROM, says the label, and under it, in smaller print, something about cuts and grazes.
  on examine {mercurochrome}, x {mercurochrome}, look at {mercurochrome}
    A bottle of Mercurochrome, a bright red antiseptic for cuts and grazes. It stains everything it touches. MERCUROCHROM, says the label.
  thing ink "bottle of blue ink"
    nouns ink, bottle, stuff, liquid
    adjectives blue
    here A bottle of blue ink sits by the till.
    Ordinary blue writing ink, a whole bottle of it.
    read
      TINTE, BLAU. Ink, blue. Even your German can manage that.
  on make flag, make a flag, make white flag, make a white flag, make {us-flag}, paint {bedsheet}, paint flag, paint {bedsheet} with {mercurochrome}, paint {bedsheet} with {ink}, use {mercurochrome} on {bedsheet}, use {ink} on {bedsheet}, put {ink} on {bedsheet}, put {mercurochrome} on {bedsheet}, pour {ink} on {bedsheet}, pour {mercurochrome} on {bedsheet}, paint {us-flag}, paint {us-flag} with {mercurochrome}, paint {us-flag} with {ink}, paint sheet, paint the sheet, put ink on sheet, use ink on sheet, draw flag, draw stars, draw stripes, paint stripes, paint stars, make american flag, make an american flag, make us flag, make a us flag, make stars and stripes, paint stars and stripes, paint stars and stripes on {bedsheet}, paint stripes and stars on {bedsheet}, draw stars and stripes on {bedsheet}, paint stars and stripes on {us-flag}, paint stripes on {bedsheet}, paint stripes on {bedsheet} with {mercurochrome}, paint red stripes on {bedsheet}, paint stars on {bedsheet}, paint stars on {bedsheet} with {ink}, paint stripes with {mercurochrome}, paint stars with {ink}, draw flag on {bedsheet}, draw flag on {bedsheet} with {ink}, draw flag on {bedsheet} with {mercurochrome}, draw on {bedsheet}, draw on {bedsheet} with {ink}, draw flag with {ink}, paint stripes on {bedsheet} with red, paint {bedsheet} with red, paint {bedsheet} with blue, paint stars on {bedsheet} with blue, paint stripes on {us-flag}, paint stripes on {us-flag} with red, paint stripes on {us-flag} with {mercurochrome}, paint red stripes on {us-flag}, paint stars on {us-flag}, paint stars on {us-flag} with blue, paint stars on {us-flag} with {ink}, paint {us-flag} with red, paint {us-flag} with blue, draw on {us-flag}, draw stripes on {us-flag}, draw stars on {us-flag}
    if flag-made
      Your flag is made already: stripes of Mercurochrome, a square of ink, a few lopsided stars. It doesn't need more paint. It needs to be seen from the other side, from somewhere high.
    else if holding bedsheet and holding mercurochrome and holding ink
      You paint red stripes in Mercurochrome and a blue square of ink, leaving a few lopsided white stars. It will have to do.
      remove bedsheet
      remove mercurochrome
      remove ink
      give us-flag
      set flag-made
      unlock fact homemade-flag
    else
      Not with what you have. A flag needs something white to paint on, something red and something blue, all in your hands.

on thank {titov}
  {if ceasefire}Titov shrugs, embarrassed. "They are my people," he says. "They only had to hear it from one of them."{else}"Later," Titov says. "First they must believe you."{end}

on wave {bedsheet}, show {bedsheet}, hold up {bedsheet}, fly {bedsheet}, use {bedsheet}, wave {bedsheet} at russians
  You wave the plain white sheet. In a war, white says only one thing: we give up. That is not what you came to Torgau to say. With red and blue on it, it would say something else.

thing us-flag "home-made flag"
  nouns flag, sheet, banner
  adjectives home-made, homemade, american
  starts nowhere
  A bedsheet with red stripes of Mercurochrome and a blue square of ink with a few lopsided white stars. From a distance, if you squint, it is the Stars and Stripes.

scene castle-tower "The Castle Tower"
  when 25 April 1945, afternoon
  where Hartenfels Castle, Torgau
  hint Show them the flag: WAVE FLAG.
    only if not under-fire
  hint They think it's a trick. Someone must shout to them in Russian. ASK TITOV TO SHOUT. (If Titov isn't here, go back to the town and talk to him.)
    only if not ceasefire
  hint They believe you now. Go DOWN to the bridge.
  Below, the Elbe curves past the castle. The road bridge has been blown, its spans sagging into the water. On the far bank, men in brown move between the trees.
  exit down to torgau-bridge "to the broken bridge"
    only if ceasefire, else "Not yet. Until the soldiers over there believe who you are, nobody is going near that bridge."
    You run down the stairs and through the castle gate to the broken bridge.
  exit "back to the town" or "town" to torgau
  thing tower-castle "Hartenfels Castle"
    nouns castle, tower, flaschenturm, hartenfels, stair, stairs
    fixed
    The Flaschenturm, a tower of Hartenfels Castle, high above the river.
  thing parapet "parapet"
    nouns parapet, stonework, battlements, wall, stone
    fixed
    Old stone, warm from the afternoon sun{if under-fire}, and now chipped white where bullets have struck it{end}.
  thing tower-bridge "broken bridge"
    nouns bridge, girders, spans, road, water, river, elbe
    adjectives broken, road
    fixed
    The road bridge, blown up by the retreating Germans. Its twisted girders still reach across the water, almost.
  thing tower-far-bank "far bank"
    nouns bank, soldiers, soldier, men, trees, russians, russian, soviets, flares, flare, rifles, gun, guns
    adjectives far, east, other, soviet
    fixed
    {if ceasefire}Men in brown stand up among the trees now and wave.{else}Men in brown, moving between the trees. They are watching this tower.{end}
  on climb {tower-bridge}, climb onto {tower-bridge}, climb along {tower-bridge}, crawl along {tower-bridge}, cross {tower-bridge}, climb out on {tower-bridge}
    The girders are far below, down at the river; from up here they are a tangle of iron in the water. To climb out on them, go DOWN to the bridge first.
  on wave {us-flag}, show {us-flag}, hold up {us-flag}, fly {us-flag}, unfurl {us-flag}, use {us-flag}, hang {us-flag}, wave, hang {us-flag} from {tower-castle}, hang {us-flag} from {parapet}, hang {us-flag} over {parapet}, hang {us-flag} on {parapet}, hang {us-flag} on {tower-castle}, put {us-flag} on {parapet}, put {us-flag} on {tower-castle}, put {us-flag} up, put up {us-flag}, raise {us-flag}, fly {us-flag} from {tower-castle}, show {us-flag} to {tower-far-bank}, wave {us-flag} at {tower-far-bank}, wave {us-flag} to {tower-far-bank}, hang flag from tower, hang flag out, drape {us-flag} over {parapet}, wave {us-flag} from {tower-castle}, wave {us-flag} from top of {tower-castle}, wave {us-flag} from {parapet}, wave {us-flag} over {parapet}, show {us-flag} from {tower-castle}
    if ceasefire
      You wave the flag once more. Over there, men wave back. Nobody is shooting now.
    else if under-fire
      Waving it again will not help. Over there, they are sure it's a trick.
    else if holding us-flag
      You wave the flag in big slow sweeps. Over there, red flares go up: they want a green answer, and you have none.

      Then the shooting starts, rifles, a machine gun, an anti-tank gun, and you drop behind the parapet. Germans have tricked them with American flags before.
      set under-fire
    else
      You have nothing to wave.
  on where is titov, wheres titov, where did titov go, talk to titov, ask titov for help, ask titov to help, ask titov to call, ask titov to shout, tell titov to shout, ask titov to talk to them, ask titov to shout to them
    only if not (titov is here)
    Titov is still down by the walls of Fort Zinna, and your voice won't carry down the winding stair. Go BACK TO THE TOWN and TALK TO TITOV: he will come up with you.
  on bring titov up here, bring titov up, bring titov here, bring titov, call titov, call for titov, call titov up, fetch titov, get titov, go get titov, shout for titov, yell for titov
    {if titov is here}Titov is right here, crouching by the parapet. If you need his voice, ASK TITOV TO SHOUT.{else}Titov is still down by the walls of Fort Zinna, and your voice won't carry down the winding stair. Go BACK TO THE TOWN and TALK TO TITOV: he will come up with you.{end}
  on shout, yell, call across, shout across, shout amerikanski, yell amerikanski, call amerikanski, shout americans, shout to {tower-far-bank}, call to {tower-far-bank}, shout in russian, yell in russian, speak russian, shout russian, we are americans, were americans, we're americans, we are american, we are friends, we are allies
    if ceasefire
      No need now. Titov has done the shouting, and they believe him.
    else
      You shout "Americans!" and "Amerikanski!" at the top of your voice. The wind takes it away over the water. Nobody over there can hear you, or if they hear you, they don't believe you. They need a voice they trust.
  on ask {titov} to shout, tell {titov} to shout, ask {titov} to call, ask {titov} for help, ask {titov} to help, talk to {titov}, ask {titov} to tell them, tell {titov} to tell them, ask {titov} to tell them we are americans, tell {titov} to tell them we are americans, ask {titov} to say we are americans, ask {titov} to explain, ask {titov} to shout to them, tell {titov} to shout to them, ask {titov} to shout across, tell {titov} to shout across, ask {titov} to talk to them, ask {titov} to call to them, ask {titov} to speak russian, ask {titov} to yell, let {titov} shout, let {titov} call, let {titov} speak, let {titov} talk, let {titov} shout to them, let {titov} call to them
    if ceasefire
      Titov is sitting with his back to the parapet, grinning. "They know now," he says. "Go on. They are waiting for you at the bridge."
    else if under-fire
      Titov crawls to the parapet and shouts across in Russian, long and loud. The firing slows, and stops. Someone shouts back.

      "I told them who you are," Titov grins. "And who I am."
      set ceasefire
      unlock fact tower-and-gunfire
    else
      Titov looks out over the river. "First let them see something," he says.
  on stop shooting, stop firing, hold fire, hold your fire, cease fire, ceasefire, stop, stop it, shout stop, yell stop, shout do not shoot, shout stop shooting, dont shoot, don't shoot, do not shoot
    {if ceasefire}Nobody is shooting now. Titov has done the talking, and they believe him.{else}{if under-fire}"Stop! Don't shoot! Americans!" you yell over the parapet. The wind takes it away over the water, and the firing goes on. They need a voice they trust, in their own language.{else}Nobody is shooting yet. Show them who you are first: WAVE FLAG.{end}{end}
  on zdravstvuyte, say zdravstvuyte, shout zdravstvuyte, privet, shout privet, shout tovarishch, shout comrades, shout comrade, shout amerikanskiye soldaty
    {if ceasefire}Across the water, somebody shouts "Zdravstvuyte!" back, laughing.{else}Your "Zdravstvuyte!" goes out over the water in an American accent.{if under-fire} The firing doesn't stop: they need a voice they trust. ASK TITOV TO SHOUT.{end}{end}
  on wave {us-flag} harder, wave harder, wave {us-flag} again, wave again, wave {us-flag} more, wave it harder
    {if ceasefire}You wave the flag once more. Over there, men wave back.{else}{if under-fire}You wave harder, and the bullets come harder. Over there, they are sure it's a trick. They need a voice they trust.{else}You have nothing to wave yet, or nobody watching: WAVE FLAG.{end}{end}
  on take cover, duck, hide, get down
    You press yourself flat behind the parapet. It keeps you safe, but it won't end anything.
  on fire back, shoot back, return fire, shoot at {tower-far-bank}, fire at {tower-far-bank}, shoot {tower-far-bank}
    Shoot at the army you came to meet? No. They think you are Germans; a bullet from this tower would only prove it.
  on fire flare, fire green flare, fire flares
    You have no flares. That is the whole problem.

# Titov goes up to the tower with the player once he has said he will come (the exit up moves him).
# His talk here is the same as asking him to shout.

scene torgau-bridge "The Broken Bridge"
  when 25 April 1945, mid-afternoon (sources give times between 2 and 5 p.m.)
  where Torgau
  fact what-time-at-torgau
  hint Climb out along the twisted girders to meet them: CLIMB GIRDERS.
    only if not met-silvashko
  hint Talk to Lieutenant Silvashko. Then it is time to drive back to your lines: go WEST.
  The road bridge ends in mid-air, its iron girders twisted down into the water like the ribs of a wreck.
  exit west to division-hq "to the American lines"
    only if met-silvashko, else "Not now. Look: they are coming out to meet you."
    At about five you drive west with Silvashko, Sergeant Andreyev, Major Larionov and Captain Neda on the jeep. It is nearly midnight when you reach division headquarters.
  thing girders "twisted girders"
    nouns girders, girder, wreckage, spans, bridge, water, river, elbe, road
    adjectives twisted, iron
    fixed
    Iron beams as thick as your waist, torn and bent by the explosion. Some of them still join up, just, across the gap.
  thing bridge-jeep "jeep"
    nouns jeep
    fixed
    Your jeep, parked where the bridge ramp begins.{if met-silvashko} Four Soviet soldiers are already eyeing it.{end}
  on hug {andreyev}, embrace {andreyev}, kiss {andreyev}
    {if met-silvashko}Andreyev wraps you in a bear hug that nearly tips you both off the girder, then laughs and steadies you.{else}First you have to reach them: CLIMB GIRDERS.{end}
  on hug {silvashko}, embrace {silvashko}, hug {bridge-soldiers}, embrace {bridge-soldiers}, kiss {silvashko}, kiss {bridge-soldiers}, hug, embrace, hug them, hug everyone, hug everybody, hug all, hug each other, embrace them
    {if met-silvashko}You throw your arms round Silvashko, and he hugs you back hard enough to knock your helmet askew. Around you, men of two armies are doing the same.{else}First you have to reach them: CLIMB GIRDERS.{end}
  person bridge-soldiers "Soviet soldiers"
    nouns soldiers, soldier, soviet, soviets, russians, russian, men, platoon, tunics
    adjectives soviet, american
    here {if met-silvashko}Soviet and American soldiers sit on the girders together.{else}From the far side, Soviet soldiers are climbing out toward you.{end}
    Soldiers in brown tunics{if met-silvashko}, sitting on the girders with your men{else}, clambering out along the girders from the far side{end}.
    talk
      {if met-silvashko}They grin and make room for you on the girder. For talk, try Lieutenant Silvashko.{else}They are too far out to hear you. Climb out to meet them: CLIMB GIRDERS.{end}
  person bridge-crew "McDonnell's crew"
    nouns mcdonnell, james, crew, corporal
    here {if not met-silvashko}McDonnell, Huff and Staub wait by the jeep, watching the girders.{end}
    Your three men{if met-silvashko}, out on the girders with the Soviet soldiers{else}, waiting to see what you do{end}.
    talk
      {if met-silvashko}Huff is too busy laughing with Silvashko to answer, and Staub is learning to roll a cigarette in newspaper. McDonnell grins at you. "Something to tell the grandchildren, Lieutenant."{else}McDonnell looks at the girders, then at you. "After you, Lieutenant."{end}
    about married, wife, girl, girlfriend, age, old, how old, before the war, before war, job back home, job at home, job home, will after, do after, after war
      "Me? Ask me when we're home, Lieutenant," McDonnell says. "One thing at a time, and today's thing is {if in sitzenroda}refugees{else}Torgau{end}."
    about scared, afraid, nervous, frightened, sad, seem sad
      "Scared?" McDonnell considers it. "Careful, Lieutenant. There's a difference." Huff nods; Staub grins.
    about go back, going back, back, lets go, let's go, leave, drive back, headquarters, hq
      {if met-silvashko}"Whenever you say, Lieutenant. The jeep's that way: WEST." McDonnell nods at Silvashko. "{if invited}And we've got company.{else}Maybe ask the lieutenant there if they want to come along.{end}"{else}"Go back? Now?" McDonnell looks at the girders, and at the men climbing out along them. "After you, Lieutenant. Out there."{end}
    about anything else
      {if met-silvashko}McDonnell grins. "Ask me tomorrow, Lieutenant. Today I'm shaking hands."{else}"After you, Lieutenant," says McDonnell, looking at the girders.{end}
  on ask {huff-b} to take a picture, ask {huff-b} to take a photo, ask {huff-b} to take a photograph, ask {huff-b} to take pictures, ask {huff-b} to take our picture
    Huff pats his pockets and shakes his head. "With what, Lieutenant? Nobody in this jeep thought to bring one." He grins. "Somebody will turn up with one. Somebody always does."
  person huff-b "Huff"
    nouns huff, frank, photograph
    here {if in trebsen}{end}
    Private First Class Frank Huff, one of your three men. He keeps a creased photograph in his breast pocket.
    talk
      {if met-silvashko}Huff is laughing with the Soviet soldiers, and turns round only to grin at you. "We did it, Lieutenant!"{else}Huff looks at the girders. "After you, Lieutenant," he says, "but not far after."{end}
    about name, first name, names, your name
      "Frank," he says. "Frank Huff, Lieutenant."
    about photo, photograph, picture, home, family, where from, hometown, married, wife, girl, girlfriend, kids, children
      Huff takes out the creased photograph again: people on a porch step, squinting into the sun. "Home," he says. "That's all of it that fits in a pocket." He puts it away.
    about age, old, how old, before the war, before war, job back home, job at home, job home, job, will after, do after, after war, get here, got here, about you, yourself
      "Ask me when we're back, Lieutenant," Huff says, and pats the pocket with the photograph.
    about scared, afraid, nervous, frightened, sad, seem sad, you ok, you okay
      Huff thinks about it honestly. "Some, Lieutenant. Mostly of being the last man hurt in this war."
    about anything else
      Huff glances at McDonnell, then answers for himself. "Whatever you decide, Lieutenant. I'm with you."
  person staub-b "Staub"
    nouns staub, paul
    here {if in trebsen}{end}
    Private First Class Paul Staub, one of your three men, with a grin that never quite goes away.
    talk
      {if met-silvashko}Staub is learning to roll a cigarette in newspaper, and holds it up for you to admire.{else}Staub looks at the girders and whistles softly. "Long way down, Lieutenant."{end}
    about name, first name, names, your name
      "Paul Staub, Lieutenant." He grins. "Staub, like dust. Everybody makes that joke once."
    about age, old, how old, where from, home, hometown, family, married, wife, girl, girlfriend, before the war, before war, job back home, job at home, job home, job, will after, do after, after war, get here, got here, about you, yourself
      Staub grins. "Ask me again when we're home, Lieutenant. I'll tell you all of it, and you'll be sorry you asked."
    about scared, afraid, nervous, frightened, sad, seem sad, you ok, you okay
      "Scared?" Staub grins, not very convincingly. "Only when McDonnell drives, Lieutenant."
    about cigarette, cigarettes, roll, roll one, smoke, newspaper, tobacco, good, any good
      {if met-silvashko}Staub holds up a lumpy cigarette rolled in newspaper. "The sergeant's recipe," he says, nodding at Andreyev. "Tastes like the front page." He rolls you one, badly, and hands it over with a bow.{else}"Later, Lieutenant. Right now I'd rather keep my hands on the rifle."{end}
    about anything else
      Staub shrugs and grins. "Your call, Lieutenant. I go where the jeep goes."
  on order {bridge-crew}
    {if met-silvashko}"Whenever you say, Lieutenant," says McDonnell. "The jeep's that way: WEST."{else}"After you, Lieutenant," says McDonnell, looking at the girders.{end}
  on what happened to silvashko after the war, what happened to silvashko, what happens to silvashko, what became of silvashko, what happened to {silvashko} after the war
    Nobody on this bridge knows that yet, Silvashko least of all: he is busy hugging your men. (The sources used in this story say only that forty years later, in 1985, he was still telling the story of this day.)
  person silvashko "Lieutenant Silvashko"
    nouns silvashko, lieutenant, alexander
    starts nowhere
    here Lieutenant Alexander Silvashko sits on a girder, laughing with Huff.
    A young Soviet lieutenant with a wide face and a wider grin, Alexander Silvashko of the 58th Guards Rifle Division.
    talk
      {if invited}Silvashko points at the jeep and laughs: he is ready when you are.{else}With hands and a few German words you swap names: "Silvashko." "Robertson." He points at the jeep: some of them will come back with you to your headquarters.{end}
      set invited
    about sad, seem sad, upset, unhappy, how do you feel, feel
      Silvashko doesn't know the words, but he knows your face. He laughs and points at the river, the girders, the jeep: today? Today is a good day.
    about age, old, how old, young
      He understands "old" from your face, if not your words. He points at you, then at himself, shrugs and grins: young, both of you. Then he points at the jeep.
    about war, ending, end, over, happy, peace, victory, glad
      "Voyna kaput!" he says, and you understand that: the war is finished, or nearly. He slaps the girder and laughs, and points at the jeep.
    about anything else
      You have no language in common. He laughs, claps you on the shoulder, and points at the jeep.
      set invited
  on wait, wait for them, wait for them to come, wait for them to come to us, wait here, wait for soviets, wait for russians
    {if met-silvashko}Nobody is in a hurry now. The jeep is waiting to go WEST when you are.{else}They are coming, slowly, hand over hand along the twisted girders. Nobody can do that alone: meet them halfway. CLIMB GIRDERS.{end}
  on shake hands with {silvashko}, shake {silvashko} hand
    {if met-silvashko}Silvashko grips your hand in both of his and shakes it as if he means to keep it. All along the girders, men of two armies are doing the same.{else}First you have to reach them: CLIMB GIRDERS.{end}
  on invite {silvashko}, invite {silvashko} to headquarters, invite {silvashko} to our headquarters, invite {silvashko} to hq, invite {silvashko} to our hq, invite {silvashko} to come, invite {silvashko} to come with us, ask {silvashko} to come, ask {silvashko} to come with us, take {silvashko} to headquarters, bring {silvashko}, bring {silvashko} to jeep, take {silvashko} to jeep, take {silvashko} with, take {silvashko} with us, bring {silvashko} with us, bring {silvashko} along, take {silvashko} along
    only if met-silvashko, else "Meet him first: CLIMB GIRDERS."
    {if invited}Silvashko points at the jeep and laughs: he is ready when you are.{else}You point at yourself, at him and at the jeep, and say "Headquarters." Silvashko understands at once: some of them will come back with you.{end}
    set invited
  on roll cigarette, roll a cigarette, roll {andreyev-cigarette}, smoke with {andreyev}, ask {andreyev} for a cigarette, take {andreyev-cigarette}, ask {andreyev} to teach me to roll a cigarette, ask {andreyev} to teach me to roll cigarette, ask {andreyev} to teach me, ask {andreyev} to show me, ask {andreyev} to show me how, ask {andreyev} to roll me a cigarette, ask {andreyev} to roll a cigarette, watch {andreyev}
    only if met-silvashko, else "Nobody out here has anything to roll."
    Andreyev tears you a strip of newspaper and pours in a pinch of coarse tobacco. Your cigarette comes out fat in the middle and empty at both ends. He laughs and rolls you a proper one.
  person andreyev "Sergeant Andreyev"
    nouns andreyev, sergeant, man
    adjectives soviet, russian
    starts nowhere
    here Sergeant Andreyev is showing Staub how to roll a cigarette in newspaper.
    Sergeant Andreyev of Silvashko's platoon, the first man to reach you on the girders. He is rolling a cigarette in a scrap of newspaper, Soviet style.
    talk
      He slaps you on the back hard enough to rock you on the girder, and laughs.
    about sad, seem sad, upset, unhappy, how do you feel, feel
      Andreyev doesn't understand a word. He slaps you on the back and laughs, and that is answer enough.
    about first name, your first name, name, whats your name
      He grins and taps his chest. "Andreyev. Sergeant." When you try for more, he only laughs and holds out a cigarette rolled in newspaper instead.
    about anything else
      He doesn't understand a word. He offers you a cigarette rolled in newspaper instead.
  on give {helmet} to {andreyev}, offer {helmet} to {andreyev}, swap {helmet} with {andreyev}, trade {helmet} with {andreyev}
    Andreyev tries your helmet on, knocks on it with a knuckle, and laughs: far too heavy for a man who climbs girders. He hands it back and offers you a cigarette rolled in newspaper instead. A swap is a swap.
  thing andreyev-cigarette "cigarette rolled in newspaper"
    nouns cigarette, newspaper, tobacco
    starts nowhere
    fixed
    Andreyev's cigarette: coarse tobacco rolled in a strip of Soviet newspaper. It smells terrible, and he is very proud of it.
  on climb {girders}, climb onto {girders}, climb along {girders}, crawl along {girders}, cross {girders}, walk along {girders}, climb out, crawl out, climb, crawl, crawl across, crawl over, climb across, climb over, crawl across {girders}, crawl over {girders}, crawl on {girders}, crawl onto {girders}, crawl out on {girders}, crawl out along {girders}, crawl {girders}, climb across {girders}, climb over {girders}, climb on {girders}, climb out on {girders}, climb out along {girders}, walk across {girders}, walk over {girders}, walk on {girders}, walk out on {girders}, go across {girders}, go over {girders}, go along {girders}, go onto {girders}, get on {girders}, balance across {girders}, cross, cross over, go across, crawl to {bridge-soldiers}, climb to {bridge-soldiers}, go to {bridge-soldiers}, crawl to them, climb to them, go to them, go out on {girders}, go out on the bridge, walk out on the bridge, go onto the bridge, go out onto the bridge, meet {bridge-soldiers}, go meet {bridge-soldiers}, go to meet {bridge-soldiers}, go and meet {bridge-soldiers}, go out to {bridge-soldiers}, meet them, go meet them, go to meet them, go and meet them, go out to meet them
    only if not met-silvashko, else "You've crossed the girders already. They're sitting on them now."
    Hand over hand you crawl out along the girders, your men behind you, the river far below. From the far end come Sergeant Andreyev and men of Lieutenant Silvashko's platoon.

    In the middle you meet, grab each other and hold on, laughing. They take you over to their side, and back.
    move silvashko here
    move andreyev here
    move andreyev-cigarette here
    set met-silvashko
    unlock fact handshake-on-the-girders
  on get in {bridge-jeep}, get into {bridge-jeep}, drive {bridge-jeep}, board {bridge-jeep}
    {if met-silvashko}The jeep is going WEST, back to your lines, with Soviet passengers.{else}Not now. Look: they are coming out to meet you.{end}

scene division-hq "Division Headquarters"
  when 25 April 1945, 23:20 (by a Soviet report)
  where About 40 km west of the Elbe
  fact soviets-at-us-hq
  hint Meet your guests if you like: Larionov, Neda, Silvashko, Andreyev. Then report to the duty officer: TALK TO OFFICER, or REPORT.
  The staff fill the hall to stare at your guests: Major Larionov, Captain Neda, Lieutenant Silvashko and Sergeant Andreyev.

  Somebody from signals says another patrol radioed about Russians today, but nobody could find its position on the map.
  thing hq-map "situation map"
    nouns map, pins
    adjectives situation, wall
    fixed
    A big map of the front pinned to the wall, crowded with pencil marks and coloured pins.
  person duty-officer "duty officer"
    nouns officer, major, duty, telephones, telephone
    adjectives duty
    here The duty officer is waiting for your report.
    A major with a telephone in each hand and a look of total disbelief.
    talk
      "Lieutenant Robertson," he says, "you were sent to look at displaced persons." You give your report. He looks at the four Soviet soldiers, Larionov bowing, Neda grinning, and slowly puts down his telephones.

      PART THREE. The next morning. You are Sparks, the radioman, again.
      remove us-flag
      give radio
      if kept-orders
        give orders
      give red-star
      if toasted or got-badge
        give souvenirs
      go to torgau-26
    about report, my report, here is my report, from the beginning, met russians, met the russians, met them, we met, met soviets, found russians, found the russians, everything, whole story, all of it, russians, russian, soviets, soviet, red army, meeting, link-up, linkup, link up, contact, handshake, girders, elbe, guests, what happened, bridge, flag, tower, titov, silvashko, andreyev
      "Lieutenant Robertson," he says, "you were sent to look at displaced persons." You give your report. He looks at the four Soviet soldiers, Larionov bowing, Neda grinning, and slowly puts down his telephones.

      PART THREE. The next morning. You are Sparks, the radioman, again.
      remove us-flag
      give radio
      if kept-orders
        give orders
      give red-star
      if toasted or got-badge
        give souvenirs
      go to torgau-26
    about wounded, wounded americans, american prisoners, americans in torgau, yanks
      He writes it down without putting down either telephone. "Wounded Americans in Torgau. Nobody here has heard of them, Lieutenant. It goes in your report, and somebody will go and look." He nods at your guests. "Now: from the beginning."
    about trouble, in trouble, orders, torgau, refugees, displaced persons, displaced, five miles, punished
      He looks at the four Soviet officers, then at you. "Trouble? That depends on your report, Lieutenant. From the beginning."
    about anything else
      He holds up a hand. "Your report first, Lieutenant. From the beginning."
  on report, report to {duty-officer}, salute {duty-officer}, give report, give my report, make report, make my report, make a report, deliver report, deliver my report, report in, give him my report, give {duty-officer} my report, give my report to {duty-officer}, give report to {duty-officer}, give {duty-officer} report, make my report to {duty-officer}, make report to {duty-officer}, deliver my report to {duty-officer}, hand my report to {duty-officer}
    "Lieutenant Robertson," he says, "you were sent to look at displaced persons." You give your report. He looks at the four Soviet soldiers, Larionov bowing, Neda grinning, and slowly puts down his telephones.

    PART THREE. The next morning. You are Sparks, the radioman, again.
    remove us-flag
    give radio
    if kept-orders
      give orders
    give red-star
    if toasted or got-badge
      give souvenirs
    go to torgau-26
  on another patrol met the russians at strehla before us, another patrol met the russians before us, another patrol met them first, another patrol met the russians first, another patrol was first, another patrol got there first, kotzebue was first, kotzebue met them first, ask {duty-officer} about other patrol, tell {duty-officer} about other patrol, ask {duty-officer} about kotzebue, tell {duty-officer} about kotzebue
    The duty officer looks up from his telephones. "Another patrol? Signals had something this afternoon: some lieutenant, contact with the Russians, and a position that made no sense on the map." He looks at your four guests. "Maybe so, Lieutenant. But you're the one standing here with them. Your report: from the beginning."
  on what is the other patrol, whats the other patrol, which patrol, what other patrol, which other patrol, who was the other patrol, what about the other patrol
    The man from signals shrugs. "Some lieutenant radioed this afternoon: contact with the Russians. Gave a position, too. Only it didn't make sense on the map. Nobody could find him." He looks at your four guests. "So tonight it's your patrol they'll write about."
  person signals-man "man from signals"
    nouns signals, signaller, signalman, corporal
    adjectives signals
    here {if in trebsen}{end}
    A tired signals corporal with a pencil behind his ear and headphones round his neck.
    talk
      "Some lieutenant radioed this afternoon: contact with the Russians," he says. "Gave a position, too. Only it didn't make sense on the map. Nobody could find him." He shrugs. "And now you walk in with four of them."
    about patrol, other patrol, radio, lieutenant, position, contact, kotzebue, message, coordinates
      "Some lieutenant radioed this afternoon: contact with the Russians," he says. "Gave a position, too. Only it didn't make sense on the map. Nobody could find him." He shrugs. "And now you walk in with four of them."
    about anything else
      "Ask the duty officer, Lieutenant. I just take down what comes over the air."
  person larionov "Major Larionov"
    nouns larionov, major, commander
    adjectives soviet
    here Major Larionov and Captain Neda shake every hand held out to them.
    Major Larionov, the regiment's deputy commander: upright, formal, buttoned to the neck.
    talk
      Major Larionov shakes your hand and says something long and formal in Russian. Silvashko winks.
    about age, old, how old, where from, home, family, married, wife, kids, children, before the war, before war, job back home, job at home, job home, will after, do after, after war, get here, got here, sad, seem sad
      Major Larionov understands only the tone of the question. He answers with a short, formal sentence and a small bow; then, for a moment, he smiles. After the war, the smile seems to say, there will be time for that.
    about anything else
      Major Larionov answers with a long, formal sentence in Russian, then nods toward the duty officer: report first.
  person neda "Captain Neda"
    nouns neda, vasily, captain
    adjectives soviet
    here {if in trebsen}{end}
    Captain Vasily Neda, a battalion commander, younger than the major and less formal.
    talk
      Captain Neda grips your hand, looks round the crowded hall and laughs out loud at the staring staff officers.
    about age, old, how old, where from, home, family, married, wife, kids, children, before the war, before war, job back home, job at home, job home, will after, do after, after war, get here, got here, sad, seem sad
      Neda guesses the question from your face. He taps his breast pocket, where a man keeps his letters, and points east, grinning: home, over there, some day.
    about anything else
      Neda shrugs cheerfully: no English. He nods toward the duty officer. Your report first.
  on invite {soviet-guests}, invite {soviet-guests} to headquarters, invite {soviet-guests} to our headquarters, invite {soviet-guests} to hq, invite {soviet-guests} to come, invite {soviet-guests} in, invite silvashko, invite silvashko to headquarters, invite silvashko to our headquarters, bring silvashko to jeep, take silvashko to jeep, bring {soviet-guests} to jeep, take {soviet-guests} to jeep, bring silvashko, bring {soviet-guests}
    They are your guests already: you brought them all the way from the Elbe, and this is your division's headquarters. Silvashko grins at the staring staff officers and nods toward the duty officer: report first.
  on order {soviet-guests}
    They came all the way from the Elbe with you, and they are not going anywhere without you. Silvashko grins and stays at your elbow.
  person soviet-guests "Soviet guests"
    nouns guests, soviets, russians, stairs, soldiers, silvashko, andreyev, regiment
    adjectives soviet
    here The Soviet guests stand by the stairs.
    Major Larionov, deputy commander of the regiment; Captain Vasily Neda, a battalion commander; Lieutenant Silvashko; and Sergeant Andreyev.
    talk
      Major Larionov shakes your hand and says something long and formal. Silvashko winks.
    about anything else
      Major Larionov answers with a long, formal sentence in Russian. Silvashko winks at you and nods toward the duty officer: report first.
  on talk to neda, greet neda, shake hands with neda, shake neda hand
    Captain Neda, a battalion commander, shakes your hand firmly and looks round the crowded hall with open curiosity. He says something in Russian that makes Silvashko laugh, then nods toward the duty officer: report first.
  on talk to larionov, greet larionov, shake hands with larionov, shake larionov hand
    Major Larionov shakes your hand and says something long and formal. Silvashko winks.
  on talk to silvashko, greet silvashko, shake hands with silvashko, shake silvashko hand
    Silvashko grins at the staring staff officers as if he brought them along to see you. He points at the duty officer: report first.
  on talk to andreyev, greet andreyev, shake hands with andreyev, shake andreyev hand
    Andreyev slaps you on the back and offers a cigarette rolled in newspaper to the nearest staff officer, who doesn't know what to do with it.

# ---------------------------------------------------------------------------------------------
# PART THREE: the radioman again
# ---------------------------------------------------------------------------------------------

scene torgau-26 "Torgau, the Next Day"
  when Thursday, 26 April 1945 (some sources say 27 April)
  where Torgau, the Soviet-held east bank
  fact generals-meet
  hint A reporter wants your story, but your orders say no. {if holding orders}Try SHOW ORDERS TO REPORTER, or SAY NO COMMENT.{else}Try SAY NO COMMENT.{end}
    only if not kept-silence
  hint Go WEST, to the broken bridge, where the photographers are.
  Boats ferry men of the regiment across to the Soviet bank, crowded with soldiers of both armies and dozens of journalists. In the kitchen hut of the old Brückenkopf prison, the two division commanders are making speeches.
  exit west to torgau-photos "to the broken bridge"
    only if kept-silence, else "The reporter sticks to your elbow like a burr, notebook open. Deal with him first."
  on who was first, who was really first, who was first to meet the russians, who met the russians first, who met them first, who got there first, who got to the river first
    only if not (reporter is here)
    Kotzebue's patrol, you think: you were in the boat at Strehla around noon on the 25th, hours before Robertson reached Torgau. But the coordinates you radioed were wrong, nobody could find the place, and so the cameras are here.
  on talk to signals man, ask signals man about other patrol, ask signals man about another patrol, ask signals man about patrol, ask signals man about kotzebue, ask signals man about coordinates, ask signals man about position, ask signals man about message, ask signals man about radio, ask signals man about strehla, talk to man from signals, ask man from signals about other patrol, ask man from signals about another patrol, ask man from signals about patrol, ask man from signals about kotzebue, ask man from signals about coordinates, ask man from signals about position, ask man from signals about message, ask man from signals about radio, ask man from signals about strehla, talk to signals corporal, ask signals corporal about other patrol, ask signals corporal about another patrol, ask signals corporal about patrol, ask signals corporal about kotzebue, ask signals corporal about coordinates, ask signals corporal about position, ask signals corporal about message, ask signals corporal about radio, ask signals corporal about strehla
    The man from signals is back at Division Headquarters with his headphones and his pencil. Here there is only the press{if reporter is here}, and Whitcomb, the reporter, is the one heading your way{end}.
  on report, report to officer, report to duty officer, report to {reporter}, give report, give my report, give report to officer, give my report to officer, give report to duty officer, give report to {reporter}, make report, make my report, deliver report, deliver my report, report in
    You made your report yesterday, at Division Headquarters, and it has gone up the line from there. Nobody on this bank wants another one: today the regiment is crossing, and the generals are making speeches in the kitchen hut.{if reporter is here} The only man here asking for your story is Whitcomb, the reporter, and your orders say no comment.{end}
  thing hut "kitchen hut"
    nouns hut, kitchen, prison, brückenkopf, generals, commanders, speeches, door
    fixed
    A low hut by the old prison, with a crowd of staff at the door. Inside, the two division commanders, Major General Reinhardt of the 69th and Major General Rusakov of the Soviet 58th Guards, are speaking about two great allied armies meeting on German soil. You catch only the applause.
  on listen to {hut}, listen, listen to speech, hear {hut}, go in {hut}, enter {hut}, go to {hut}, walk to {hut}, approach {hut}, go into {hut}, go inside {hut}
    You edge up to the door of the hut. Over the heads of the crowd you hear a few words at a time, first in English, then in Russian: two great allied armies, meeting on German soil. Then applause, and the translation of the applause. Nobody is letting a radioman any closer.
  person bank-soldiers "GIs and Soviet soldiers"
    nouns soldiers, soldier, men, soviets, russians, americans, gis, regiment
    adjectives soviet, american
    here {if in trebsen}{end}
    Americans and Soviets, mixed together on the bank: swapping cigarettes and trying out each other's words.
    talk
      A Soviet soldier presses a cigarette on you, and an American from another company asks if it's true the Russians ride horses. Everybody is shaking everybody's hand. Nobody has time for a long talk today.
    about generals, general, commanders, speeches, speech, speaking, hut, reinhardt, rusakov
      "In the hut?" An American from another company points. "General Reinhardt, ours, and General Rusakov, theirs: the two division commanders. Speeches." He grins. "We get the handshakes; they get the speeches."
    about anything else
      Somebody laughs and claps you on the shoulder, and somebody else answers in Russian. Everybody is too busy shaking hands for a long talk today.
  thing east-bank "crowded bank"
    nouns bank, boats, boat, ferry, water
    adjectives soviet, crowded
    fixed
    Boats shuttle across the Elbe, low in the water with men of the regiment. On the Soviet bank, soldiers of both armies move about together.
  thing journalists "crowd of journalists"
    nouns journalists, crowd, cameras, notebooks, uniforms
    fixed
    Dozens of them, American, British, Soviet, with notebooks and cameras, all waiting for the same story.
  person reporter "reporter"
    nouns reporter, correspondent, journalist, whitcomb, man
    adjectives war
    here A war correspondent, Whitcomb, is heading your way.
    A man in an officer's uniform with a War Correspondent patch, a pencil behind his ear and an expensive camera round his neck.
    talk
      "Whitcomb," he says. "You're from the 273rd? Somebody says one of your patrols got to the river before Torgau. Strehla, they say. Were you there? Where exactly? What time? Who was first?" His pencil hovers. "Tell me the story, soldier. You'll be famous."
    about age, old, how old, before the war, before war, job back home, job at home, job home, family, wife, married, will after, do after, after war, get here, got here
      "Twenty years of newsrooms, soldier, and I got here in the back of a supply truck." Whitcomb taps his notebook. "But I'm not the story. You are. Where were you on the twenty-fifth?"
    about strehla, patrol, river, lorenzkirch
      "No, you tell me about Strehla," he says, grinning. "That's how this works."
    about why first, why want to know, why do you want to know, why does it matter
      "Because first sells papers, soldier," Whitcomb says. "Second gets a paragraph on page nine. So: who was first?"
    about name, who are you, who
      "Whitcomb," he says, and sticks out a hand. "War correspondent. I write for the papers back home, whichever pays." He taps his notebook. "But I'm not the story, soldier. You are."
    about hungry, food, eat, tired, ok, alright
      "Starving, and I don't care," Whitcomb says. "This is the story of the year, soldier. Where were you on the twenty-fifth?"
    about write for, who do you write for, which paper, what paper, which newspaper, what newspaper, who you write for, papers
      "Whoever pays, soldier: the papers back home take what the wire sends them," Whitcomb says. He taps his notebook. "But I'm not the story. You are. Where were you on the twenty-fifth?"
    about home, where from, newspaper, paper, name, job, reporter, magazine
      "Whitcomb. I write for the papers back home, whichever pays." He taps his notebook. "But I'm not the story, soldier. You are. Where were you on the twenty-fifth?"
    about camera, cameras, leica, photo, photos, photograph, photographs, picture, pictures, film
      Whitcomb pats the camera round his neck. "This? For my own files, soldier. The pictures that run are the photographers' job, and they're lining everybody up down by the bridge already." He taps his notebook. "Words are my line. So: where were you on the twenty-fifth?"
    about want, what do you want, you want
      "The story, soldier," Whitcomb says, pencil ready. "Where, when, who was first? Tell it to me and you'll be famous."{if press-warned} You think of your orders: not a word to reporters.{end}
    about yes
      if press-warned
        You tell him everything: the horseman, the flare, the boat, the meadow, the handshakes.
        end press-leak
      else
        You open your mouth, and then you remember the captain in the mill office: if a reporter turns up, you say nothing. The news is to come out of Washington, London and Moscow together, and your patrol orders say the same. If you talk, it is your choice, and you will answer for it. If you really want to, tell him again.
        set press-warned
    about no, no comment, nothing to say, not allowed to talk, not allowed to say, not supposed to talk, not supposed to say
      "No comment," you say{if holding orders}, and show him the line in your orders about war correspondents{end}.

      Whitcomb sighs. "Fair enough. Same orders for everybody." He goes off to find a general.
      set kept-silence
      remove reporter
    about anything else
      "Off the record?" Whitcomb grins. "There's no such thing today, soldier. Tell me about the river. Where, when, who was first?"
  on which paper, what paper, which newspaper, what newspaper, which paper do you write for, what paper do you write for, which paper is it, what paper is it
    only if reporter is here, else "Whitcomb has gone off to find a general, notebook and all. Whichever paper he writes for, it will not be hearing from you."
    "Whoever pays, soldier: I write it, and the papers back home print it," Whitcomb says. He taps his notebook. "But I'm not the story. You are. Where were you on the twenty-fifth?"
  on why do you want to know who was first, why do you want to know, why does it matter who was first, why does it matter, why does he want to know
    only if reporter is here, else "Whitcomb has gone off to find a general, notebook and all. Why he wanted to know is no mystery: in the papers, first is the story. It will not be you who tells it to him."
    "Because first sells papers, soldier," Whitcomb says. "Second gets a paragraph on page nine. So: who was first?"
  on i have my orders, sorry, im sorry, i am sorry, were not supposed to talk to reporters, we are not supposed to talk to reporters, we were not supposed to talk to reporters, not supposed to talk to reporters, we are not allowed to talk to you, were not allowed to talk to reporters, i can not tell you anything, i can not tell you, i said no, said no, no i said no, i said no comment, i can not talk to u, i can not talk to u sorry, i can not talk to you sorry, sorry i can not talk to u, i can not tell u, i can not talk, i will not tell you, i will not tell u, i am not telling you, not telling, no way, leave me alone, i do not want to talk to you, i do not want to talk, i do not want to talk to reporters, i am not allowed to tell you, i am not allowed to say, i can not say, i can not talk to you, i am not allowed to talk to you, i am not allowed to talk to reporters, i can not talk to reporters, i am not allowed to talk to you reporters, we are not allowed to talk to reporters, we can not talk to reporters, not allowed to talk to reporters, sorry i can not talk to you, sorry i am not allowed to talk to reporters, sorry i can not talk to reporters, sorry i am not allowed to talk to you, i am not supposed to talk to reporters, i am not supposed to talk to you, i have orders, no comment sorry, sorry no comment, sorry i can not tell you anything, sorry i can not say, tell {reporter} that i can not talk about it, tell {reporter} i can not talk about it, tell {reporter} that i can not talk about it sorry, i can not talk about it, sorry i can not talk about it, i can not talk about it sorry
    only if not kept-silence
    "No comment," you say{if holding orders}, and show him the line in your orders about war correspondents{end}.

    Whitcomb sighs. "Fair enough. Same orders for everybody." He goes off to find a general.
    set kept-silence
    remove reporter
  on i have my orders, i have orders
    You've said it already. Whitcomb has gone off to find a general.
  on say to {reporter}, tell {reporter} about strehla, tell {reporter} about patrol, tell {reporter} about lorenzkirch, tell {reporter} about meadow, tell {reporter} about meadow at lorenzkirch, tell {reporter} about crossing, tell {reporter} about river, tell {reporter} about the meadow at lorenzkirch, tell {reporter} everything, tell {reporter} story, tell {reporter} the story, tell {reporter} the truth, tell {reporter} what happened, tell {reporter} the whole story, tell story, answer {reporter}, talk about strehla, yes i was there, i was there, yes we were first, we were first, yes i was there we were first, we were there first, yes we were there, we were there
    only if reporter is here, else "Whitcomb has gone off to find a general, notebook and all. Whichever paper he writes for, it will not be hearing from you."
    if press-warned
      You tell him everything: the horseman, the flare, the boat, the meadow, the handshakes.
      end press-leak
    else
      You open your mouth, and then you remember the captain in the mill office: if a reporter turns up, you say nothing. The news is to come out of Washington, London and Moscow together, and your patrol orders say the same. If you talk, it is your choice, and you will answer for it. If you really want to, tell him again.
      set press-warned
  on show {orders} to {reporter}, give {orders} to {reporter}, say no comment, tell {reporter} nothing, no comment, tell {reporter} no comment, refuse, ignore {reporter}, say nothing, walk away, walk off, go away, leave {reporter}, avoid {reporter}, walk away from {reporter}, ask {reporter} to go away, ask {reporter} to leave, ask {reporter} to leave me alone, tell {reporter} to go away, tell {reporter} to leave, tell {reporter} to get lost
    if kept-silence
      You've said it already. Whitcomb has gone off to find a general.
    else
      "No comment," you say{if holding orders}, and show him the line in your orders about war correspondents{end}.

      Whitcomb sighs. "Fair enough. Same orders for everybody." He goes off to find a general.
      set kept-silence
      remove reporter

scene torgau-photos "The Bridge, for the Cameras"
  when 26 or 27 April 1945 (the sources differ)
  where Torgau
  hint Watch what the photographers are doing: WATCH PHOTOGRAPHERS, or TALK TO JACKSON.
    only if not knows the-staged-photos
  hint That's how the famous picture was made. Go WEST, back to your unit.
  On the broken bridge, soldiers of both armies climb out on the girders again while photographers shout from the bank: reach out, hold it! The American Allan Jackson and the Soviet Alexander Ustinov are both at work. Nearby stands a sign: EAST MEETS WEST.

  exit west to announcement "to your unit"
    only if knows the-staged-photos, else "Stay a moment. Watch what the photographers are doing."
  thing sign "sign"
    nouns sign, board
    fixed
    A hand-painted board, propped against the bridge rail. Robertson and Silvashko are to embrace in front of it, for the cameras.
    read
      EAST MEETS WEST, in big painted capitals, still a little wet.
  on examine {sign}, x {sign}, look at {sign}
    A hand-painted board, propped against the bridge rail: EAST MEETS WEST, in big painted capitals, still a little wet. Robertson and Silvashko are to embrace in front of it, for the cameras.
  person posing-lieutenants "Robertson and Silvashko"
    nouns robertson, silvashko, lieutenants, lieutenant, pair
    here Robertson and Silvashko pose by the sign.
    Robertson, who made the flag yesterday, and Silvashko, who met him on the girders. The photographers want them in front of the sign, arms round each other.
    talk
      Robertson grins. "They want us to do it again, for the cameras," he says. "Once wasn't enough." Silvashko throws an arm round his shoulders and points at the sign: EAST MEETS WEST.
      unlock fact the-staged-photos
    about girders, girder, climb, climbing, crawl, crawled, on the girders
      "The girders? Hand over hand, with the river under us," Robertson says, smile fixed for the cameras. "Then Silvashko's men came the other way, and we met in the middle." Silvashko hears his name and nods hard.
      unlock fact the-staged-photos
    about titov, prisoner, soviet prisoner, russian prisoner, saved, russian voice, shouted
      "Titov?" Robertson keeps his smile on for the cameras. "Without him we'd have been shot off that tower. One Russian voice, and they stopped firing." He glances at the cameras. "Nobody's posing him for a picture, though. Only us, again."
      unlock fact the-staged-photos
    about famous, hero, heroes, newspapers, papers, celebrity, star, lol
      "Famous for doing it twice," Robertson says through his smile. "Once for real, once for them." Silvashko, who understood none of it, nods hard and holds the pose.
    about kotzebue, strehla, first, got there first, before you, kotzebue first
      Robertson keeps smiling for the cameras. "Could be. It's a long river, and there were patrols all along it yesterday." He shrugs as far as Silvashko's arm allows. "The cameras came here."
      unlock fact the-staged-photos
    about age, old, how old, where from, home, family, before the war, before war, job back home, job at home, job home, will after, do after, after war, sad, seem sad
      "Ask me when I'm out of this picture, Sparks," Robertson says through his smile. Silvashko, who understood none of it, nods hard.
      unlock fact the-staged-photos
    about flag, bedsheet, sheet, made, make, mercurochrome, ink, nice flag
      "A bedsheet from a pharmacy, and whatever red and blue we could find," Robertson says. "It nearly got us shot: they thought it was a German trick." Silvashko mimes ducking behind a parapet, and laughs.
      unlock fact the-staged-photos
    about sign, east meets west, poster, board, paint
      "Somebody painted it this morning," Robertson says. "East meets West. Now we stand in front of it and do it all over again." Silvashko points at the sign and nods, very serious, then spoils it by laughing.
      unlock fact the-staged-photos
    about photographers, photographer, cameras, camera, photos, photo, pictures, picture, staged, again, think
      Robertson laughs and nods at Silvashko, who has no English: he rolls his eyes at the photographers and grins. "Same as me," Robertson says. "Once was the real thing. This is for the newspapers."
      unlock fact the-staged-photos
    about tower, scary, scared, afraid, frightened, shooting, shot at, fire
      "Up on the tower, when they opened fire?" Robertson keeps his smile on for the cameras. "Scary enough. I waved that sheet like it was the only one in Germany." Silvashko mimes ducking behind a parapet, and laughs.
      unlock fact the-staged-photos
    about anything else
      "Not now, Sparks," says Robertson. "Right now we're posing." Silvashko laughs and nods at the cameras.
      unlock fact the-staged-photos
  on talk to silvashko, greet silvashko, shake hands with silvashko, shake silvashko hand, ask silvashko about photos, ask silvashko about the photos, ask silvashko about the sign
    Silvashko grins at you. He has no English, so he points at the sign, at Robertson, at the cameras, and spreads his hands: again? Robertson laughs. "Again," he says. "Once more, for the newspapers."
    unlock fact the-staged-photos
  on is not this fake, wait is not this fake, is not it fake, is not this staged, wait is not this staged, isnt this fake, is this fake, isnt it fake, is it fake, this is fake, its fake, wait isnt this fake, wait is this fake, isnt this staged, is this staged, is it staged, its staged, this is staged, is this real, is it real, isnt this real
    "Staged? Sure," Robertson says, keeping his smile for the cameras. "The real thing happened on the girders the other day, and nobody got a picture. This one's for the newspapers."
    unlock fact the-staged-photos
  thing posing-soldiers "soldiers on the girders"
    nouns soldiers, group, girders, bridge, bank, picture, photo, russian, russians, soviets, americans, boys
    adjectives soviet, russian, american
    fixed
    A few American and Soviet soldiers, reaching for each other's hands over the gap and holding still while the cameras click. Then they climb back and do it again.
  person jackson "Allan Jackson"
    nouns jackson, allan, photographer, camera, cameras, men
    adjectives american
    here {if knows the-staged-photos}Jackson crouches on the bank with his camera.{end}
    A photographer with a big press camera, calling out to the men on the girders.
    talk
      He waves you out of his picture without looking up. "Step aside, soldier! Just one more. Hands out, boys, reach, reach. Hold it." Click. "That's the one."
      unlock fact the-staged-photos
    about age, old, how old, where from, home, family, before the war, before war, job back home, job at home, job home, will after, do after, after war, paper, newspaper, who do you work for
      "Ask me when the light's gone, soldier!" He doesn't look up from the camera. "Reach, boys! Hold it." Click.
      unlock fact the-staged-photos
    about be in, in the photo, in the picture, be in the photo, be in the picture, me in, join, can i
      "You? You weren't on the girders, soldier." He waves you out of the frame without looking up. "I need the fellows who were, or near enough. Reach, boys! Hold it." Click.
      unlock fact the-staged-photos
    about photo, photos, picture, pictures, bridge, handshake
      "The real thing happened the other day, and nobody got a picture," he says, without looking up. "So we do it again, with fellows who were on the girders: not you, soldier, sorry. Reach, boys! Hold it." Click.
      unlock fact the-staged-photos
    about anything else
      "Not now, soldier!" He waves you out of the frame. "Hold it, boys, hold it!"
      unlock fact the-staged-photos
  on climb {posing-soldiers}, climb on {posing-soldiers}, climb onto {posing-soldiers}, climb out on {posing-soldiers}, join {posing-soldiers}, climb out, climb
    You start out along a girder. "Not you, soldier!" Jackson shouts from the bank, waving you back. "I've got my fellows. Reach, boys! Hold it." Click. The men on the girders climb back and do it all again.
    unlock fact the-staged-photos
  on shake hands with {posing-soldiers}, shake {posing-soldiers} hand, shake hands with soviet soldier, shake hands with russian soldier, greet {posing-soldiers}
    A Soviet soldier climbing back off the girders takes your hand, shakes it hard and grins. Nobody takes a picture of that one. "Reach, boys! Hold it!" Jackson calls, and the soldier climbs back out to do it all again.
    unlock fact the-staged-photos
  on east, go east, cross {posing-soldiers}, cross bridge, cross the bridge
    The bridge still ends in mid-air, and today it belongs to the photographers. Your unit is back WEST.
  on take picture, take photo, take a picture, take a photo, take pic, take a pic, photograph {posing-soldiers}, take picture of {posing-soldiers}, take photo of {posing-soldiers}, take picture of handshake, take a picture of the handshake, take picture of the handshake, photograph handshake, photograph the handshake, take photo of handshake, take a photo of the handshake
    You have no camera, and the two men with cameras are not lending theirs. "Reach, boys! Hold it," Jackson calls. Click. The soldiers climb back and do it all again, for Ustinov this time.
    unlock fact the-staged-photos
  person ustinov "Alexander Ustinov"
    nouns ustinov, alexander, photographer
    adjectives soviet
    here {if knows the-staged-photos}Ustinov sets up his own shot.{end}
    The Soviet photographer, taking the same picture from a slightly different angle.
    talk
      He smiles, points at his camera, points at the bridge, and shrugs as if to say: what can you do, they want a picture.
      unlock fact the-staged-photos
    about photo, picture, be in the photo, in the picture, me
      He looks at you, then at Robertson and Silvashko, and shakes his head with a smile: today the picture is of those two.
      unlock fact the-staged-photos
    about anything else
      He doesn't speak English. He points at his camera, then at the men on the girders, and shrugs: they want a picture.
      unlock fact the-staged-photos
  on is photo fake, is the photo fake, is the famous photo fake, is this photo fake, is it fake, is it staged, is the picture fake, is the picture staged, is this real, is it real, is this photo staged, is the photo staged, is photo staged, is this picture staged, is this photo posed, is the photo posed, is this photo real, is the photo real, is this picture real, is it posed, is this posed
    "Fake?" Jackson doesn't look up from his camera. "The real thing happened the other day, and nobody got a picture. So we do it again. Reach, boys! Hold it." Click.
    unlock fact the-staged-photos
  on ask {ustinov} to take our pic, ask {ustinov} to take our picture, ask {ustinov} to take our photo, ask {ustinov} to take a picture, ask {ustinov} to take a photo, ask {ustinov} to take my picture, ask {ustinov} to take my photo, ask {ustinov} to take a picture of us, ask {ustinov} to take a photo of us, ask {ustinov} to photograph us, ask {ustinov} to photograph me, ask {ustinov} to take pic
    Ustinov glances at Jackson, then at you, and shrugs. He turns the camera your way and clicks, once, and winks: not for the newspapers, that one. Then he turns back to the girders.
  on ask {jackson} to take our pic, ask {jackson} to take our picture, ask {jackson} to take our photo, ask {jackson} to take a picture, ask {jackson} to take a photo, ask {jackson} to take my picture, ask {jackson} to take my photo, ask {jackson} to take a picture of us, ask {jackson} to take a photo of us, ask {jackson} to photograph us, ask {jackson} to photograph me, ask {jackson} to take pic
    "You, soldier?" Jackson doesn't look up. "Film costs money. I need the fellows on the girders. Reach, boys! Hold it." Click.
    unlock fact the-staged-photos
  on say to {ustinov}
    Ustinov smiles politely: he has no English. He points at his camera, then at the girders.
  on watch, watch photographers, watch {jackson}, watch {ustinov}, look at photographers, watch soldiers, watch {posing-soldiers}
    {if knows the-staged-photos}They are still at it: reach, freeze, click, again.{else}They reach toward each other over the gap, freeze for the camera, climb back, and do it again. The real meeting had no camera, and the first one, at Strehla, none at all.{end}
    unlock fact the-staged-photos
  on smile, pose, pose for picture, pose for photo, pose for photograph, pose for {jackson}, pose for {ustinov}, say cheese, get in picture, stand in picture, stand in photo, stand in {posing-soldiers}, get in {posing-soldiers}, get into picture, go in picture, go into picture, be in picture, be in photo, join picture, join photo, step into picture, step in picture
    You step up and grin at the cameras. "Not you, soldier!" Jackson shouts, waving you out of the frame. "I need the fellows on the bridge. Reach, boys! Hold it." Click. The soldiers climb back and do it all again.
    unlock fact the-staged-photos

scene announcement "The Announcement"
  when Friday, 27 April 1945, evening
  where Behind the American lines
  hint Tune the farmhouse wireless to the three capitals: TUNE TO LONDON, TUNE TO WASHINGTON, TUNE TO MOSCOW.
    only if capitals < 3
  hint You've heard all three. Talk to Sergeant Brennan.
    only if not knows germany-cut-in-two
  hint Go OUT. The war is not over yet.
  Men crowd the farmhouse kitchen. On the dresser the farmer's wireless hums: a civilian set that picks up London; your field radio reaches only a few kilometres. Tonight the news comes out in three capitals at once.

  {if capitals >= 3}The last of the broadcasts fades into music.{end}
  exit out to aftermath
    only if knows germany-cut-in-two, else "Not yet. {if capitals >= 3}The broadcasts are over, and Brennan is unfolding his paper. Hear him out first: TALK TO BRENNAN.{else}Everybody is waiting for the news, and you are at the wireless.{end}"
  thing kitchen "kitchen"
    nouns kitchen, stove, lamp, table, men, crowd
    fixed
    A farmhouse kitchen, too small for all the men in it. Somebody has fed the stove until it glows.
  thing order-of-the-day "folded paper"
    nouns paper, group
    adjectives folded, brennan's
    fixed
    {if knows germany-cut-in-two}General Bradley's order of the day, folded into Brennan's pocket now.{else}Brennan's paper: an order of the day from army group, to be read to the troops.{if capitals < 3} He is keeping it until the broadcasts are over.{else} He is about to read it out.{end}{end}
    read
      {if knows germany-cut-in-two}You heard Brennan read it: General Bradley's order of the day, praising Konev's armies, fourteen hundred miles from Stalingrad, and your own, seven hundred from the beaches. He has folded it back into his pocket.{else}{if capitals >= 3}Brennan holds it so you can see: General Bradley's order of the day, praising Marshal Konev's armies and your own. He'd rather read it out himself. Talk to him.{else}Brennan holds it against his chest. "After the news, Sparks."{end}{end}
  person brennan-radio "Sergeant Brennan"
    nouns sergeant, sarge, brennan
    here {if capitals >= 3}{if knows germany-cut-in-two}Sergeant Brennan sits by the stove again, his paper folded away.{else}Sergeant Brennan gets up, unfolds a sheet of paper, and clears his throat.{end}{else}Sergeant Brennan sits by the stove with a folded paper.{end}
    Brennan has a paper in his hand: an order of the day from army group, to be read to the troops.
    talk
      only if capitals >= 3, else "Brennan waves you quiet. \"Radio first, Sparks,\" he says. \"Get us all three: Washington, London and Moscow.\""
      {if knows germany-cut-in-two}"Cut in two," Brennan says again. "Doesn't mean it's over."{else}He reads out General Bradley's order of the day: it praises Konev's armies, fourteen hundred miles from Stalingrad, and your own, seven hundred from the beaches. "The BBC says we've cut Germany in two," says Brennan. "Doesn't mean it's over."{end}
      unlock fact germany-cut-in-two
      unlock fact hitler-plans-for-the-split
    about us, about us, say about us, says about us, seven hundred, beaches, stalingrad
      only if knows germany-cut-in-two
      "That we came seven hundred miles from the beaches to get here," Brennan says, "and Konev's men fourteen hundred from Stalingrad. Not bad, for a lot of tired men."
    about paper, order, bradley, news, general, generals, general said, read, order of the day
      only if capitals >= 3, else "\"After the news, Sparks,\" says Brennan. \"Radio first: Washington, London and Moscow.\""
      {if knows germany-cut-in-two}"Cut in two," Brennan says again. "Doesn't mean it's over."{else}He reads out General Bradley's order of the day: it praises Konev's armies, fourteen hundred miles from Stalingrad, and your own, seven hundred from the beaches. "The BBC says we've cut Germany in two," says Brennan. "Doesn't mean it's over."{end}
      unlock fact germany-cut-in-two
      unlock fact hitler-plans-for-the-split
    about berlin
      "Berlin's the Russians' job now," he says. "We stay here and listen to the radio."
    about cut in two, cut, two, half, split, germany
      "It means Jerry's armies in the north can't reach the ones in the south any more," Brennan says. "We're standing in the gap, us and the Russians."
    about kotzebue, lieutenant, strehla, meadow, lorenzkirch, credit, coordinates, first
      "Torgau, the radio says. Torgau, Torgau." Brennan shakes his head. "We were over the river at Strehla hours before, and nobody could find us on the map. That's the army for you."
    about after the war, after, plans, future, going to do, gonna do, what will you do
      "After?" Brennan rubs his jaw. "Cut in two isn't over, Sparks. When it's over, I'll tell you. Then I'll sleep for a week."
    about war, end, over, surrender
      "Cut in two isn't over," Brennan says. "Berlin's still fighting, and there's the south. Ask me again in a month."
    about home, going home, boat, boat home
      "Home?" Brennan snorts. "Cut in two isn't over, Sparks. When it's over they'll count our points, and then we'll see who goes home first."
    about salvos, salvo, salute, 324, twenty-four, guns
      {if heard-moscow}"A salute, Sparks," Brennan says. "All the guns fire at once, at nothing: that's one salvo. Moscow's firing twenty-four of them for this, from 324 guns." He whistles. "That's a lot of noise for a handshake."{else}"Tune to Moscow and hear for yourself," Brennan says, nodding at the wireless.{end}
    about stalin, moscow, truman, churchill, announcement, broadcasts
      {if capitals >= 3}"Three capitals, three accents, one message," Brennan says. "We met, and now we finish it. Unconditional surrender, Stalin says. Truman says nearly. I'll believe it when I'm on the boat home."{else}"Listen for yourself, Sparks," Brennan says, nodding at the wireless. "London, Washington, Moscow: all three."{end}
    about points, point, point system
      "Points, Sparks. So many for every month in the army, more for every month overseas, for every medal and every kid at home," Brennan says. "Most points go home first. That's me, before you."
    about konev, who is konev, marshal konev, ukrainian front, 1st ukrainian front
      "Marshal Konev? His 1st Ukrainian Front, kid: those were the Russians we met on the Elbe." Brennan taps his paper. "General Bradley's order says so, near enough: Konev's armies, fourteen hundred miles from Stalingrad."
    about anything else
      if knows germany-cut-in-two
        Brennan puts the paper away. "You heard it all, Sparks. Germany cut in two, and us and the Russians holding hands in the middle. The rest is up to the generals."
      else if capitals >= 3
        "First this, Sparks." He reads out General Bradley's order of the day: it praises Konev's armies, fourteen hundred miles from Stalingrad, and your own, seven hundred from the beaches. "The BBC says we've cut Germany in two," says Brennan. "Doesn't mean it's over."
        unlock fact germany-cut-in-two
        unlock fact hitler-plans-for-the-split
      else
        "Shh." He points at the radio. "News first, Sparks."
  on order {brennan-radio}
    if knows germany-cut-in-two
      Brennan puts the paper away. "You heard it all, Sparks. Germany cut in two, and us and the Russians holding hands in the middle."
    else if capitals >= 3
      "First this, Sparks." He reads out General Bradley's order of the day: it praises Konev's armies, fourteen hundred miles from Stalingrad, and your own, seven hundred from the beaches. "The BBC says we've cut Germany in two," says Brennan. "Doesn't mean it's over."
      unlock fact germany-cut-in-two
      unlock fact hitler-plans-for-the-split
    else
      "Shh." He points at the radio. "News first, Sparks."
  on who is donitz, who is dönitz, who was donitz, who was dönitz, who is doenitz, who was doenitz
    {if knows hitler-plans-for-the-split}"Grand Admiral Dönitz," Brennan says. "The one Hitler picked to command in the north, if Germany got cut in two and he himself was in the south." He shrugs. "Looks like it got cut."{else}"Some German admiral," Brennan says. "Listen to the news, Sparks."{end}
  on give {red-star} to {brennan-radio}, show {red-star} to {brennan-radio}
    Brennan holds the little red star up to the lamp. "Gordeyev's? The colonel's own?" He gives it back. "Keep it, Sparks. You earned it."
  thing wireless "farmhouse wireless"
    nouns wireless, dial, set, receiver, music, guns, music
    adjectives farmhouse, civilian, big
    fixed
    A big civilian wireless set in a wooden case, switched on and humming. Someone has pencilled three places on the dial: London, Washington, Moscow. TUNE TO LONDON, for example.
  on use {wireless}, turn on {wireless}, switch on {wireless}, listen to {wireless}, turn {wireless} on, switch {wireless} on
    {if capitals >= 3}The broadcasts are over; the wireless has gone back to dance music. {if knows germany-cut-in-two}The news is in, all of it. Go OUT when you are ready.{else}Brennan has his paper out, waiting to read it to you: TALK TO BRENNAN.{end}{else}The wireless is on already, warm and humming: dance music, then static. Someone has pencilled three places on the dial: London, Washington and Moscow. TUNE TO LONDON, for example.{end}
  on turn off {wireless}, switch off {wireless}, turn {wireless} off, switch {wireless} off
    Not tonight. The whole kitchen is waiting for the news.
  on use {radio}, listen to {radio}, turn on {radio}, switch on {radio}, tune {radio}, tune {wireless}, listen, listen to news, tune in, make {wireless} louder, make {radio} louder, turn up {wireless}, turn {wireless} up, turn up {radio}, turn {radio} up, louder, turn it up, make it louder
    {if capitals >= 3}The broadcasts are over; the wireless has gone back to dance music. {if knows germany-cut-in-two}The news is in, all of it. Go OUT when you are ready.{else}Brennan has his paper out, waiting to read it to you: TALK TO BRENNAN.{end}{else}Your field radio reaches a few kilometres and no further. The farmhouse wireless can do better: its dial has three places pencilled on it, London, Washington and Moscow. TUNE TO LONDON, for example.{end}
  on put on berlin, tune to berlin, tune {radio} to berlin, tune {wireless} to berlin, listen to berlin, switch to berlin, tune in berlin, tune berlin, berlin radio, listen to radio berlin
    You turn the dial to where Berlin ought to be: static, and nothing you can follow. Tonight the news is on LONDON, WASHINGTON or MOSCOW.
  on put on london, put on bbc, put london on, turn on london, turn to london, turn on bbc, search london, search for london, look for london, find london, search bbc, search for bbc, tune {radio} to london, tune {wireless} to london, tune to london, listen to london, tune {radio} to bbc, tune to bbc, listen to bbc, london, bbc, listen to radio london, listen to the bbc, listen to britain, listen to england, switch to london, switch to bbc, tune london, tune in london, tune in to london, tune bbc, switch {wireless} to london, radio london, england, britain, whats on in london, what is on in london, news from london, whats on in england, whats on in britain
    if heard-london
      You've heard London already.{if not heard-washington} Try Washington.{end}{if not heard-moscow} Try Moscow.{end}
    else if capitals = 2
      Through the hiss comes the BBC: Mr Churchill says the Western and Soviet armies have met in the heart of Germany, in victorious comradeship.

      That makes all three, at the same hour.
      set heard-london
      add 1 to capitals
      unlock fact announced-together
    else
      Through the hiss comes the BBC: Mr Churchill says the Western and Soviet armies have met in the heart of Germany, in victorious comradeship.
      set heard-london
      add 1 to capitals

  on put on washington, put on america, put washington on, turn on washington, turn to washington, turn on america, search washington, search for washington, look for washington, find washington, search america, search for america, tune {radio} to washington, tune {wireless} to washington, tune to washington, listen to washington, tune {radio} to america, tune to america, washington, listen to america, listen to radio washington, listen to afn, tune to afn, switch to washington, switch to america, tune washington, tune in washington, tune in to washington, tune america, switch {wireless} to washington, america, radio america, radio washington, usa, whats on in america, what is on in america, news from america, whats on in washington, what is on in washington, news from washington
    if heard-washington
      You've heard Washington already.{if not heard-london} Try London.{end}{if not heard-moscow} Try Moscow.{end}
    else if capitals = 2
      The American Forces Network relays President Truman: this is not yet final victory in Europe, but the hour is drawing near.

      That makes all three, at the same hour.
      set heard-washington
      add 1 to capitals
      unlock fact announced-together
    else
      The American Forces Network relays President Truman: this is not yet final victory in Europe, but the hour is drawing near.
      set heard-washington
      add 1 to capitals

  on what does the russian say, what did the russian say, what is the russian saying, what does moscow say, what did moscow say, what did stalin say, what does stalin say, what is he saying, what did he say
    {if heard-moscow}The GI who grew up speaking Russian tells it again: Marshal Stalin tells the armies to destroy the enemy and force unconditional surrender, and Moscow will fire twenty-four salvos from 324 guns.{else}Nobody has tuned in Moscow yet. Try the wireless: PUT ON MOSCOW.{end}
  on put on moscow, put on russia, put moscow on, turn on moscow, turn to moscow, turn on russia, search moscow, search for moscow, look for moscow, find moscow, search russia, search for russia, tune {radio} to moscow, tune {wireless} to moscow, tune to moscow, listen to moscow, tune {radio} to radio moscow, moscow, listen to radio moscow, tune to radio moscow, listen to russia, tune to russia, switch to moscow, tune moscow, tune in moscow, tune in to moscow, switch {wireless} to moscow, russia, radio moscow, whats on in moscow, what is on in moscow, news from moscow, whats on in russia
    if heard-moscow
      You've heard Moscow already.{if not heard-london} Try London.{end}{if not heard-washington} Try Washington.{end}{if heard-london and heard-washington} That makes all three capitals.{end}
    else if capitals = 2
      Radio Moscow, in Russian. A GI who grew up speaking it translates: Marshal Stalin tells the armies to destroy the enemy and force unconditional surrender. Moscow will fire twenty-four salvos from 324 guns.

      That makes all three, at the same hour.
      set heard-moscow
      add 1 to capitals
      unlock fact announced-together
    else
      Radio Moscow, in Russian. A GI who grew up speaking it translates: Marshal Stalin tells the armies to destroy the enemy and force unconditional surrender. Moscow will fire twenty-four salvos from 324 guns.
      set heard-moscow
      add 1 to capitals

scene aftermath "After the Link-up"
  when 28 April to 8 May 1945
  where Near Torgau
  fact more-junctions
  hint Ask Sergeant Brennan about the generals.
    only if not knows hodges-zhadov-bradley-konev
  hint Listen to the news: USE RADIO.
    only if not knows meanwhile-in-berlin
  hint Go WEST. The story moves on to the summer.
  The days run together: more meetings, more parties, and every evening the radio and the war ending somewhere else.
  exit west to july "into the summer"
    only if knows hodges-zhadov-bradley-konev and knows meanwhile-in-berlin, else "{if knows meanwhile-in-berlin}The war in Europe is over, the radio says. Before the summer, one more thing:{else}Not yet: the war is still ending, somewhere else, and you want to hear how.{end}{if not knows hodges-zhadov-bradley-konev} Brennan has been grumbling all week about who visited whom (ASK BRENNAN ABOUT THE GENERALS).{end}{if not knows meanwhile-in-berlin} And the radio has news every evening.{end}"
    Spring turns into summer, and the Elbe is far behind you.
  person brennan-after "Sergeant Brennan"
    nouns sergeant, sarge, brennan, rifle
    here Brennan polishes his rifle for another general's visit.
    Brennan, polishing a rifle that was clean an hour ago.
    talk
      {if knows hodges-zhadov-bradley-konev}{if knows meanwhile-in-berlin}"War's over, Sparks, and I'm still polishing," Brennan says. "Go on, ask me anything. I've got time now."{else}"Still polishing," Brennan says. "There'll be another general along tomorrow. Listen to the radio, Sparks: the war's ending somewhere else."{end}{else}"Every day another big shot," he says. "Ask me about the generals, I've seen them all."{end}
    about age, old, how old, birthday
      "Twenty-eight, Sparks. Going on fifty, after this spring." He grins. "Ask my mother: she'll say twelve."
    about before the war, before war, job back home, job at home, job home, civilian
      "A bread truck in Ohio. Up at four every morning." He grins. "I'll be glad to get up at four for bread again."
    about miss the army, will you miss, miss it, miss army
      Brennan laughs out loud. "The army? I'll miss some of the fellows, Sparks. You, even. The army can find somebody else to shout at."
    about sad, seem sad, upset, unhappy
      "Not sad, Sparks. Tired, and glad it's over here, and thinking about the ones who didn't get to see it." He looks away for a moment. "That's all."
    about get here, got here, came here
      "One muddy road after another, kid, all the way to the Elbe. And now they tell us to go back." He shakes his head.
    about did you meet, you meet, meet konev, did you meet konev, you meet konev, seen konev, see konev
      Brennan laughs. "Me? The closest I got to a marshal was holding a door, Sparks." He goes back to his rifle. "Ask me about the generals, though. I polished for every one of them."
    about best, coolest, favourite, favorite, best general, coolest general, which general was best, who was best, like best, liked best
      Brennan thinks about it, polishing. "Konev, Sparks, the marshal who gave Bradley a horse. All this war, and I never saw a general give anything away before."
    about generals, hodges, bradley, konev, zhadov, general, horse, jeep, trade, presents, met, who met, who met who
      "Hodges crossed on the thirtieth for a big party with General Zhadov. Then Bradley visited Marshal Konev," Brennan says. "Konev gave Bradley a horse, Bradley gave Konev a jeep. Fair trade."
      unlock fact hodges-zhadov-bradley-konev
    about worth it, was it worth it, worth, was it worth
      Brennan stops polishing. "Ask me when I'm home, Sparks." He looks at the rifle for a while. "We came through, and on that river we shook hands with them. That's worth something. The rest I'll figure out later."
    about himself, yourself, about you, tell me about yourself, about yourself
      "Me? A sergeant from Ohio with a clean rifle." Brennan holds it up to the light. "That's about all there is to me, Sparks. Ask me about the generals: that's more interesting."
    about after the war, after, plans, future, going to do, gonna do, what will you do, what are you going to do, do now, will you do, you do now
      "After?" Brennan polishes a little slower. "Sleep in a bed. Eat something that didn't come out of a can. Then we'll see."
    about cold war, iron curtain
      "Cold war?" Brennan holds the rifle up to the light. "Never heard it called that, Sparks. The shooting war's ending. Let's hope nobody starts another kind."
    about war, end, over, surrender
      "{if knows meanwhile-in-berlin}Over. In Europe, anyway.{else}It's ending one town at a time, Sparks. Listen to the radio.{end}"
    about hitler, fuehrer, führer
      {if knows meanwhile-in-berlin}"Dead," Brennan says. "In Berlin, at the end of April, the radio says." He goes back to polishing. "Funny. I thought I'd feel something."{else}"Listen to the radio, Sparks. Every night there's news from Berlin."{end}
    about olena, marcel, what will happen to olena, what happens to olena, ukrainian, frenchman, forced labourers
      Brennan polishes a little slower. "Nobody tells a sergeant, Sparks. Marcel gets his train to Lyon, I'd bet on that." He shrugs. "Olena... I hope somebody asks her where she wants to go."
    about germany, happen, happens, gonna happen, germans, occupation, zones
      "Germany?" Brennan holds the rifle up to the light. "The generals and the politicians will carve it up. They've got maps for that. You'll see one soon enough."
    about japan, pacific, japanese
      Brennan stops polishing. "Don't, Sparks," he says. "Don't even say it."
    about kids, children, family, wife, girl, where from
      "Me? A mother in Ohio who writes every week, and no kids." Brennan grins. "The kids are the other fellows'. That's why they go home first: points."
    about kotzebue, lieutenant, buck, strehla
      "The lieutenant's writing reports about coordinates," Brennan says. "Some fellow at headquarters can't read a map, and it's Buck who gets the questions." He shrugs. "We were there first. We know it."
    about home, going home, boat, boat home, points, demobilisation
      "Home's Ohio, and my mother's kitchen," Brennan says. "Getting there is points, Sparks. Everybody's counting points. Months overseas, medals, kids at home. Ask me again in July."
    about russians, soviets, red army, russian, ivan
      "The Russians?" Brennan holds the rifle up to the light. "Shook hands with them on the meadow, drank with them at Kreinitz. Good fellows, most of them." He goes back to polishing. "What the big shots make of it, ask me about the generals."
    about zhukov, berlin
      "Berlin? Zhukov's there, with Konev's other armies. Not here. Ike hasn't even met him yet, the papers say."
    about eisenhower, ike
      "Ike?" Brennan holds the rifle up to the light. "He runs the whole show from a headquarters a long way west of here, Sparks. Out here we get the generals one size down."
    about will, will you, will do
      "Now?" Brennan polishes a little slower. "Polish this for the next general. After that: sleep in a bed, eat something that didn't come out of a can. Then we'll see."
    about news, radio, on the radio, radio tonight, whats on the radio, the news
      "Listen for yourself, Sparks: USE RADIO." Brennan nods at your set. "Every night there's something. Most nights it's somewhere else."
    about anything else
      Brennan thinks about it, polishing. "Couldn't tell you, Sparks.{if knows hodges-zhadov-bradley-konev} Ask me about home, the Russians, or what comes after.{else} Ask me about the generals, though: I've polished this rifle for every one of them.{end}"
  on go home, home, go back home, i want to go home, when can i go home, when do we go home, when do i go home, when are we going home
    Not yet. {if knows meanwhile-in-berlin}The war in Europe is over, but{else}The war is not over yet, and even after it{end} nobody goes home before their points come up: so many for every month in the army, more for every month overseas, for every medal, and more again for a family back home. Yours will take a while. Go WEST when you are ready: the story moves on to the summer.
  on generals, tell me about generals, tell me about the generals, which generals, what generals, tell me about them, ok tell me about the generals
    "Hodges crossed on the thirtieth to meet General Zhadov," Brennan says. "Then Bradley went to see Marshal Konev, and they swapped presents. Fair trade, I hear."
    unlock fact hodges-zhadov-bradley-konev
  on ask {brennan-after} to bye, ask {brennan-after} to goodbye, ask {brennan-after} to miss
    Brennan puts the rifle down and shakes your hand, hard. "Look after yourself, Sparks. I mean it. Don't tell anybody I said so." Then he goes back to polishing.
  on help {brennan-after}, polish {brennan-after}, polish rifle, polish his rifle, help polish, help him polish, polish, help polish rifle, help brennan polish his rifle
    Brennan tosses you a rag. "Barrel, Sparks. Generals look down the barrel." You polish until it shines, and he takes it back and starts again.
  on give {red-star} to {brennan-after}, show {red-star} to {brennan-after}
    Brennan looks at the little red star for a long moment. "Gordeyev's? The colonel's own?" He gives it back. "Keep it, Sparks. One day somebody will ask you what it was like, and you'll show them that."
  on use {radio}, listen to {radio}, turn on {radio}, switch on {radio}, listen to news, news, radio, listen
    if knows meanwhile-in-berlin
      The war in Europe is over. Dance tunes play in the mess-tent every evening now, and nobody minds.
    else
      Every night, in the mess-tent, the American Forces Network brings the news: Berlin surrounded. Hitler reported killed. In May, Germany surrenders. The war in Europe is over.


      unlock fact meanwhile-in-berlin

scene july "July 1945"
  when Early July 1945
  where A tent camp, far from the Elbe
  hint There is a new map on the notice board. READ MAP.
    only if not knows zone-line-was-elsewhere
  hint Listen to the radio: USE RADIO.
    only if not knows pullback-july-1945
  hint The war is over for you. GO HOME.
  A tent camp in a hot field. Men count their points for going home. On the notice board hangs a new map.
  on write letter, write a letter, write letter home, write a letter home, write home, write to my family, write to my mother, write to mom, write to my parents
    You borrow a sheet of paper and write home: you are alive, the war in Europe is over, and you met the Russians at the Elbe. Everything else can wait until you are home.
  exit "go home" or "home" to torgau-today
    only if knows zone-line-was-elsewhere and knows pullback-july-1945, else "Not yet: nobody goes home before their points come up.{if not knows zone-line-was-elsewhere} Meanwhile the whole camp is arguing about the new map on the notice board.{end}{if not knows pullback-july-1945} And the radio has news about Saxony.{end}"
    You go home, finish school, find work, grow older. For decades the Elbe lies in another German state, behind the Iron Curtain, and the meeting you saw becomes a story others tell, differently.
    remove radio
    remove orders
    remove helmet
    remove chocolate
    remove cigarettes
    remove message
    remove us-flag
    remove souvenirs
    remove red-star
    remove brennan-address

  thing zone-map "occupation map"
    nouns map, board, notice
    adjectives occupation, new, notice
    fixed
    A printed map of Germany divided into zones, pinned to the notice board. READ it.
  on will i be sent to the pacific, will we be sent to the pacific, will i go to the pacific, will we go to the pacific, will i be sent to japan, will we be sent to japan, will i have to go to the pacific
    Brennan looks up from his letter. "Don't, Sparks," he says. "Count your points, and don't even say it."
  on where is elbe, where is the elbe, wheres the elbe, wheres elbe, where is river, where is the river, where is the elbe on the map, find elbe, find the elbe, find elbe on map, find the elbe on the map, show me the elbe
    {if knows zone-line-was-elsewhere}On the new map the Elbe runs deep inside the Soviet zone. The line is far to the west of it: Trebsen, Strehla, Torgau, all on the other side now.{else}Somewhere on the map on the notice board. READ MAP.{end}
  on count points, count my points, count {tents}, how many points do i have, count my points for going home
    You count it up: months in the army, months overseas, a campaign or two. Not as many as Brennan. Nobody has as many as Brennan.
  thing tents "tents"
    nouns tents, tent, camp, field, men
    fixed
    Row after row of tents, hot as ovens by noon. Everybody is counting points.
  on read {zone-map}, examine {zone-map}, x {zone-map}, look at {zone-map}, study {zone-map}
    The new map divides Germany into zones. The Soviet zone reaches far west of the Elbe: Trebsen, Strehla, Torgau, every mile you drove. The Elbe was never going to be the border.

    unlock fact zone-line-was-elsewhere
    unlock fact split-1945-not-1949
  on use {radio}, listen to {radio}, turn on {radio}, switch on {radio}, listen to news, news, radio, listen
    The news on the American Forces Network: the last American and British troops have left Saxony, Thuringia and Mecklenburg, and the Red Army has moved in behind them.
    unlock fact pullback-july-1945
  person brennan-july "Sergeant Brennan"
    nouns sergeant, sarge, brennan
    here Brennan writes a letter on a crate.
    Brennan, with more points than anyone and a letter home half written.
    talk
      "We sat on the Mulde a week waiting to go forward," he says. "Now we've gone back behind it, and nobody fired a shot. Funny war." He goes back to his letter.
    about miss the russians, miss russians, miss them, miss the soviets
      "Miss them?" Brennan thinks about it. "The ones on the river, with the accordion and the mugs? Yeah, kid. A little." He goes back to his letter. "Funny thing to say about an army."
    about age, old, how old, birthday
      "Twenty-eight, Sparks. Going on fifty, after this spring." He grins. "Ask my mother: she'll say twelve."
    about before the war, before war, job back home, job at home, job home, civilian
      "A bread truck in Ohio. Up at four every morning." He grins. "I'll be glad to get up at four for bread again."
    about miss the army, will you miss, miss it, miss army
      Brennan laughs out loud. "The army? I'll miss some of the fellows, Sparks. You, even. The army can find somebody else to shout at."
    about sad, seem sad, upset, unhappy
      "Not sad, Sparks. Tired, and glad it's over here, and thinking about the ones who didn't get to see it." He looks away for a moment. "That's all."
    about get here, got here, came here
      "One muddy road after another, kid, all the way to the Elbe. And now they tell us to go back." He shakes his head.
    about friends, friendship, stay friends, be friends, allies, enemies, get along, trust, after the war, america and russia, between america and russia, americans and russians, between us and the russians, america and the soviets
      Brennan puts down his pencil. "Friends? On that meadow we were. At Kreinitz we drank to it." He nods at the map on the board. "Now there's a line across Germany, them on one side and us on the other. Polowsky thinks a promise can keep us friends. I hope he's right."
    about write, write to me, write to you, keep in touch, address, write back
      {if holding brennan-address}"Once a year, Sparks," Brennan says. "You've got the address."{else}"Write to you?" Brennan grins. "Sparks, I can barely write to my mother." He tears a corner off his letter, writes an address in Ohio on it and hands it over. "All right. Once a year. Don't make me regret it."{end}
      give brennan-address
    about tell your mom, tell your mother, tell ur mom, tell mom, tell ma, tell your ma, tell her, tell mother
      Brennan looks down at the letter. "Ma? That we met the Russians on a river and shook hands, and nobody got hurt doing it." He turns the pencil over. "The meadow I'll tell her about when I'm home. Maybe."
    about cold war, iron curtain
      "Cold war?" Brennan looks up from his letter. "Never heard it called that, Sparks." He nods at the map on the board: them on one side of the line, us on the other. "If that's what you mean, let's hope it stays cold."
    about map, zone, zones, border, elbe
      {if knows zone-line-was-elsewhere}"You saw the map. The zones were drawn up long before we ever got to the Elbe. That's their zone, so we pull back behind the line and they move up to it."{else}"Because the line between the zones was drawn months ago, Sparks, a long way west of the Elbe. We only met them there." He nods at the notice board. "Read the map. It's all on it."{end}
    about berlin
      "We get a piece of Berlin, they say. A sector. I'd rather have a piece of home."
    about kotzebue, lieutenant, buck, polowsky, oath, promise, meadow, strehla, lorenzkirch, meeting, elbe day
      Brennan puts down his pencil. "Buck's still answering questions about those coordinates. Polowsky still talks about that promise on the meadow, to anybody who'll listen." He looks at the map on the board. "I hope somebody listens."
    about frau pietsch, pietsch, lotte, woman with the cart, little girl, handcart, cart
      Brennan puts down his pencil. "The woman with the handcart, and the little girl? They were walking west, to get to our side of the river." He looks at the map on the board. "Our side moved, kid. Nobody writes to tell you how it ended. I hope they got where they were going."
    about marcel, olena, frenchman, ukrainian, refugees, labourers, prisoners, people, got home, get home
      Brennan puts down his pencil. "Marcel, with his razor? Lyon, he said, and a wife who might not know him." He looks at the map on the board. "Olena said she'd go home when the Red Army came. Well, it came. Nobody writes to tell you how it ended, Sparks. I hope they all got where they were going."
    about where from, home, family, mother, ma
      "Ohio," Brennan says. "A little town you never heard of, and my mother on the porch waiting." He taps the letter. "Not long now."
    about what are points, points system, point system, how do points work
      "Points, Sparks. So many for every month in the army, more for every month overseas, for every medal and every kid at home," Brennan says. "Most points go home first. That's me, before you."
    about points, point, how many points
      "More than anybody in this tent, Sparks," Brennan says. "Enough to go home." He taps the letter. "That's what this says."
    about letter, writing
      "To my mother," he says. "Enough points to go home, and a letter that says so." He grins. "Almost."
    about left, leave, leaving, pulled back, pullback, why, saxony, back, line, russians, soviets, give, gave, giving, hand over, trebsen, torgau, land
      {if knows zone-line-was-elsewhere}"You saw the map. The zones were drawn up long before we ever got to the Elbe. That's their zone, so we pull back behind the line and they move up to it."{else}"Because the line between the zones was drawn months ago, Sparks, a long way west of the Elbe. We only met them there." He nods at the notice board. "Read the map. It's all on it."{end}
    about another war, next war, war again, new war, more war
      Brennan looks at the map on the board for a long time. "Not if Polowsky gets his way," he says. "Ask me in twenty years." He goes back to his letter.
    about war over, war is over, over, ended, finished, war
      "It is, Sparks. In Europe, anyway." He taps the map on the board. "Now they count points and draw lines, and we go home one boat at a time."
    about japan, pacific, japanese, sent to the pacific
      Brennan looks up from his letter. "Don't, Sparks," he says. "Count your points, and don't even say it."
    about anything else
      "Read the map on the board, Sparks, and listen to the radio. Then go home." He goes back to his letter.
  on what happened to kotzebue after the war, what happened to kotzebue, what happened to buck, what will happen to kotzebue, what happened to the lieutenant, what happened to polowsky after the war, what happened to joe polowsky
    Brennan puts down his pencil. "Buck's still answering questions about those coordinates. Polowsky still talks about that promise, to anybody who'll listen." He looks at the map on the board. "After the war? Ask me when I'm home, Sparks. Nobody here knows yet."
  on what happened to marcel, what happened to olena, what happened to them, what happened to lotte, what happened to frau pietsch
    Brennan puts down his pencil. "Marcel, with his razor? Lyon, he said, and a wife who might not know him." He looks at the map on the board. "Olena said she'd go home when the Red Army came. Well, it came. Nobody writes to tell you how it ended, Sparks. I hope they all got where they were going."
  on ask {brennan-july} to bye, ask {brennan-july} to goodbye, ask {brennan-july} to miss
    Brennan puts down his pencil and shakes your hand, hard. "Look after yourself, Sparks. I mean it. Don't tell anybody I said so." Then he goes back to his letter.
  on who is he writing to, who are you writing to, who is brennan writing to, who is the letter for, who is the letter to, who is he writing, who are you writing
    "To Ma, back in Ohio," Brennan says. "Enough points to go home, and a letter that says so." He grins. "Almost."
  thing brennan-letter "Brennan's letter"
    nouns letter, crate
    fixed
    A letter home, in pencil on lined paper, on an upturned crate. You don't read other men's letters, but you can see how it starts: "Dear Ma".

# ---------------------------------------------------------------------------------------------
# EPILOGUE: today
# ---------------------------------------------------------------------------------------------

scene torgau-today "Torgau, Today"
  when An April morning, today
  where Torgau
  fact memorials-on-the-river
  hint Ask the guide about the Cold War film, about Joe Polowsky and about the Spirit of the Elbe.
    only if not knows elbe-becomes-propaganda or not knows polowsky-lifelong-vigil or not knows spirit-of-the-elbe-diplomacy
  hint Get some flowers from the flower seller: TALK TO SELLER, or TAKE FLOWERS.
    only if not holding flowers
  hint LAY FLOWERS AT MEMORIAL.
  first visit
    The youngest who fought in April 1945 would be about ninety-nine today; anyone who watched them at six, about eighty-seven.
  The Elbe runs past Torgau below Hartenfels Castle. The broken bridge is gone. By the river stands a sandstone memorial, the Memorial of the Encounter, and today is Elbe Day: flags, a brass band, a school class.
  exit "lay flowers at memorial" to torgau-today
    only if holding flowers, else "You'll want flowers first."

  thing memorial "Memorial of the Encounter"
    nouns memorial, monument, stone, encounter, denkmal, statue, sculpture
    fixed
    A memorial of pale sandstone by the river, designed by an architect from Kyiv. It has stood here since 1945, and it was restored in 2019.
  thing today-castle "Hartenfels Castle"
    nouns castle, flaschenturm, tower, hartenfels
    fixed
    The castle above the river, and its tower, the Flaschenturm, where Robertson's home-made flag once waved.
  thing today-elbe "Elbe"
    nouns river, elbe, water
    fixed
    Broad, brown water sliding past the castle and under the new bridge.
  thing new-bridge "new bridge"
    nouns bridge
    adjectives new
    fixed
    A modern bridge a little way along the river. The old one is gone; some of its sandstone, the guide says, went into the Frauenkirche in Dresden.
  thing festival "Elbe Day festival"
    nouns festival, band, flags, brass, crowd, families
    fixed
    Flags of many countries, a brass band trying out the first bars of something, families with ice creams. Elbe Day.
  thing students "students"
    nouns students, group, class, kids, pupils, boy, girl
    adjectives school
    fixed
    A school class, some listening to the guide, some sketching it.
  thing flowers "bunch of flowers"
    nouns flowers, bunch, bouquet, flower, tulips
    here A flower seller hands out tulips from her buckets.
    Red and white tulips, and a few blue cornflowers.
  person flower-seller "flower seller"
    nouns seller, woman, stall, florist
    adjectives flower
    here {if holding flowers}The flower seller waves to you.{end}
    A cheerful woman in an apron, with wet hands and a bucket of tulips at her feet.
    talk
      {if holding flowers}She smiles at the flowers in your hand. "They'll look nice by the stone."{else}"For the memorial?" She hands you a bunch of red and white tulips. "Today, they're free."{end}
      give flowers
    about flowers, tulips, tulip, flower, bunch
      {if holding flowers}She smiles at the flowers in your hand. "They'll look nice by the stone."{else}"For the memorial?" She hands you a bunch of red and white tulips. "Today, they're free."{end}
      give flowers
    about age, old, how old, home, where from, family, kids, children, job
      "Me? I sell flowers in Torgau, like my mother did," she says, and laughs. "Old enough to remember when Elbe Day was smaller. For the history, ask the guide."
    about anything else
      "Ask the guide," she says, nodding toward the memorial. "She knows everything. I just know flowers."
  on who was first to meet the russians, who was first, who met the russians first, who was really first, who was the first to meet the russians, excuse me who was first to meet the russians, who was the first, who met them first
    "Everybody asks that," the guide says. "Kotzebue's patrol met the Soviets first, at Strehla and Lorenzkirch, around midday. But the position he radioed was wrong, so headquarters could not confirm it, and the credit went to Robertson's patrol here at Torgau. That is why the famous photographs are from here."
  on buy {flowers}, buy flowers, buy tulips, pay for {flowers}, ask {flower-seller} for {flowers}, buy more tulips, buy more flowers, buy some tulips, buy some flowers, get more tulips
    {if holding flowers}You have your flowers already. She waves your money away anyway.{else}She waves your money away and hands you a bunch of red and white tulips. "For the memorial? Today, they're free."{end}
    give flowers
  on listen to {festival}, listen to band, listen to music, listen to the band, listen
    The brass band gets through the first bars of something, stops, argues, and starts again. Somebody in the crowd hums along.
  on talk to {students}, join {students}, ask {students}, listen to {guide}
    You stand at the edge of the class. A boy asks the guide the question you were about to ask yourself. The guide smiles. "Ask me anything," she says to all of you, "about what happened after."
  person guide "guide"
    nouns guide, town, folder, photographs, miss, madam, maam
    adjectives tour
    here {if knows elbe-becomes-propaganda}The guide is waiting for more questions.{else}A guide is talking to the class.{end}
    A woman of about forty with a folder of old photographs. Her grandmother, she says, was eight years old in this town in 1945.
    talk
      "You want to know what happened after?" she says. "Ask me. About the film, about Joe Polowsky, about what people call the Spirit of the Elbe."
    about trebsen, bridge at trebsen, max hunger, hunger, mill, mulde
      "The bridge at Trebsen? A local historian says a mill worker, Max Hunger, cut the wires of its charges in 1945, and that is why it still stands," she says. "A story the town tells. I like it."
    about still works, still work, works today, work today, does it work, still working, it work, still matters, still matter, matters today, matter today, still hold, hold today, hold up, does it hold, still holds, still true, still count
      She thinks about it. "Presidents used it in 2010 and in 2020. Whether it holds up in today's conflicts, you must judge for yourselves." She looks at the band and the school class. "Here, every April, it still works a little."
      unlock fact spirit-of-the-elbe-diplomacy
    about torgau today, today, town today, now
      "Quiet, most of the year," she says. "A castle, a river, a school. But every April people come for Elbe Day, and this bank is full of flags."
    about girl, six, children, child, kids, watched them
      "The children who watched in 1945 are old people now, about eighty-seven," she says. "My grandmother was one of them. Some still come to the river on Elbe Day."
    about age, old, how old
      "Old enough to be the granddaughter of a girl who was here in 1945," she says, and smiles. "That's old enough for a guide."
    about forced labourers, forced labour, forced laborers, labourers, laborers, olena, people like olena, get home, got home, go home, went home
      "My folder doesn't follow them home, I'm sorry," the guide says. "In April 1945 the villages between the Mulde and the Elbe were full of freed forced labourers, and Ukrainian forced labourers were among the dead on the meadow at Lorenzkirch. Where the others went after the war, the sources I have don't say." What is known is in your JOURNAL.
    about lotte still alive, is lotte alive, lotte alive, lotte
      "Lotte? I don't know her," the guide says. "But the children who watched in 1945 are about eighty-seven now. My grandmother was one of them. Some still come to the river on Elbe Day."
    about where from, home, hometown, live
      "From Torgau. My grandmother's town, and mine."
    about name, your name, first name
      She smiles. "Today I'm just the guide. The names that matter are in my folder: ask me about them."
    about job, job back home, job home, work, before the war, before war
      "I teach history at the school here, and on weekends I show people the bridge." She pats her folder. "The children ask the best questions."
    about sad, seem sad, upset, unhappy
      "Not sad," she says. "Thoughtful, maybe. It is a good place to remember things."
    about get here, got here, came here
      "On my bicycle, over the new bridge." She points at it. "Most days I think about the old one."
    about film true, was the film true, movie true, true film, film accurate, film real, film lie, film lies
      "Not as a record of that day," she says. "It is set in an invented town on the Elbe, with scheming Americans and upright Soviet officers. A story for the Cold War. It was a great success, and it won a Stalin Prize."
      unlock fact elbe-becomes-propaganda
    about film, films, movie, movies, cold war, propaganda, meeting on the elbe, 1949, 1955
      "Four years later, the meeting was propaganda," she says, showing you a poster: Meeting on the Elbe, 1949. "And in 1955 the Soviet side pulled out of a veterans' reunion in Washington."
      unlock fact elbe-becomes-propaganda
    about why buried, why here, why torgau, why buried here, wanted to be buried, want to be buried
      "Because he asked to be," she says. "For the rest of his life he asked people to remember what was promised here on the Elbe. So here he lies." In November 1983, she adds, American and Soviet veterans carried his coffin together.
      unlock fact polowsky-lifelong-vigil
    about polowsky, joe, grave, oath, vigil
      "Joe Polowsky is buried here, as he asked," she says. "For years in Chicago he stood on a bridge every 25 April, asking people to remember the oath."
      unlock fact polowsky-lifelong-vigil
    about still a thing, elbe day still, every year, every april, still celebrated, still celebrate, still happen, still happens, is it today
      "Still? It's today!" She waves at the flags and the band. "Torgau holds an Elbe Day festival every April: flags, a band, school classes like yours."
    about spirit, spirit of the elbe, diplomacy, elbe day, festival, presidents
      "The Spirit of the Elbe," she says. "A way of saying: we disagree, but we can work together. Presidents used it in 2010 and in 2020. Whether it holds up in today's conflicts, you must judge for yourselves."
      unlock fact spirit-of-the-elbe-diplomacy
    about made it, who made it, who built it, who made, who built, who designed, designed, architect, sculptor, built
      "An architect from Kyiv designed it: Avraham Miletsky, the sources say," she says. "It has stood here by the river since 1945, and it was restored in 2019."
    about dead, the dead, dead people, dead ppl, meadow, meadows, bodies, killed, died, refugees, bridge of boats, pontoon bridge, people on the meadow
      She opens her folder at a photograph of an empty meadow by the river. "At Lorenzkirch. On the evening of 22 April the Germans blew up the bridge of boats while refugees were still on it, and the crowds left on the meadows were caught between German and Soviet fire. Between about 200 and 400 people died, Ukrainian forced labourers among them. The first handshake, three days later, was among the dead. That is one reason nobody photographed it."
    about memorial, monument, strehla, lorenzkirch, bridge, handshake, handshakes, first meeting, statue, sculpture
      "This memorial has stood here since 1945. There are others at Strehla and at Lorenzkirch, where they first shook hands. And the old bridge is gone; some of its stone went into the Frauenkirche in Dresden."
    about buried, burial, graves, cemetery, where buried
      "Joe Polowsky is buried here in Torgau, as he asked," she says. "The others went home after the war."
      unlock fact polowsky-lifelong-vigil
    about fort zinna, zinna, fort, prison, prisons, special camp, special camps, camp, camps, court-martial, military justice
      "Fort Zinna?" She turns to a page of her folder. "In the war Torgau was a centre of Nazi military justice: the German army's prisons, Fort Zinna and Brückenkopf, were here, and from 1943 the Reich Court-Martial sat in the town. Many condemned soldiers were shot. The link-up freed the last prisoners." She closes the folder on her finger. "And after the war the Soviets used Fort Zinna and a barracks nearby as special camps, No. 8 and No. 10. That is part of the story too."
      unlock fact fort-zinna
    about museum, museums, exhibition, documentation centre, documentation center, diz, memorial foundation, archive, where can i learn more, learn more, find out more
      "Most of what's in my folder comes from the Saxon Memorials Foundation: its centre here, the DIZ Torgau, and the booklet it made with the town for the seventy-fifth anniversary, Elbe Day 1945 to 2020," she says. "Everything else I have is in the folder. And your JOURNAL says where each fact comes from: that is where to start."
    about wounded, wounded americans, american prisoners, american wounded, yanks in torgau, americans in torgau
      "British prisoners told Robertson that wounded American prisoners were being held in Torgau: that's why he drove here," she says. "What became of them, my folder doesn't say. The sources I have follow the patrol to the river, not through the town."
    about what happened to kotzebue, kotzebue after, kotzebue later, kotzebue after the war
      "My folder follows Lieutenant Kotzebue across the river at Strehla, and to the radio message nobody could find on the map," she says. "After the war, it doesn't say. Look him up: that is what libraries are for."
    about berlin, why not berlin, not go to berlin, eisenhower, ike, bradley, stalin
      "Eisenhower wrote to Stalin himself in March 1945: his main thrust would go for Leipzig and Dresden, to meet the Red Army, not for Berlin," she says. "General Bradley reckoned Berlin could cost a hundred thousand casualties, and it lay in the area the Soviets were to occupy anyway. So the Americans stopped on the Elbe and the Mulde."
    about what happened to robertson, robertson after, robertson later, robertson after the war
      "The record follows Robertson to the bridge, to division headquarters, and into the photographs," she says. "After that, my folder doesn't say. Look him up: that is what libraries are for."
    about ddr, gdr, east germany, torgau in ddr, torgau in east germany, soviet zone
      "In July 1945 the Americans left, and Torgau was in the Soviet zone," she says. "From 1949 that zone was a state of its own, East Germany. The meeting became a story the East told one way and the West another."
    about first, who was first, kotzebue, robertson, credit, coordinates, torgau, patrols
      "Everybody asks that," she says. "Kotzebue's patrol met the Soviets first, at Strehla and Lorenzkirch, around midday. But the position he radioed was wrong, so headquarters could not confirm it, and the credit went to Robertson's patrol here at Torgau. That is why the famous pictures are from here."
    about photo, photos, photograph, photographs, picture, pictures, famous photo, famous picture, bridge photo, handshake photo, staged, posed, photographer, photographers, jackson, allan jackson, ustinov, east meets west
      "The famous picture of the handshake on the broken bridge?" she says, and finds it in her folder. "Staged, after the event. The American photographer Allan Jackson took it, and the Soviet photographer Alexander Ustinov staged the scene again for his side. Even Robertson and Silvashko's embrace under the 'East Meets West' sign was posed for the cameras. On which day, the sources do not agree."
    about grandmother, grandma, granny, family, 1945, childhood
      "She was eight," the guide says. "She remembered the cellar, and the shelling from across the river, and the town so empty you could hear your own steps. And then one day there were soldiers on the bridge, and cameras." She smiles. "She kept a button from an American coat all her life."
    about reunion, reunions, come back, came back, visit, visited, meet again, met again
      "In 1955 the Soviet side pulled out of a reunion in Washington at the last minute," she says. "But when Joe Polowsky was buried here in 1983, American and Soviet veterans carried his coffin together, and from 1985 the veterans met here in Torgau again."
    about alive, still alive, veterans, veteran, survivors, witnesses
      "The youngest who fought here in April 1945 would be about ninety-nine today," she says. "My grandmother saw it as a child. Now people like me tell it for them."
    about enemies, become enemies, became enemies, allies, friends, stay friends, iron curtain, east germany, west germany, gdr, two germanys, border
      "Historians still argue about that," she says. "In 1945 the two armies celebrated here. But the line between the zones became a border between two German states in 1949, with Torgau in the East, and each side trusted the other less every year. Within four years even this meeting was used as Cold War propaganda: ask me about the FILM."
    about konev, zhukov, zhukovs, other side, soldiers on the other side, which army, soviet soldiers, russian soldiers, red army, 58th, guards, russians, soviets
      "They were Marshal Konev's men," she says, "of the 1st Ukrainian Front: the 58th Guards Rifle Division. People often say Zhukov, but Zhukov's armies were fighting for Berlin."
    about boat, ferry, tender, rowing boat, boats
      "The boat they crossed in at Strehla?" She turns a page in her folder. "People say a wreck that lay for years at Zeithain is that boat. In December 2011 it was taken back to Strehla. Whether it is really the same boat, nobody can prove."
    about frauenkirche, dresden, stone, sandstone, old bridge
      "The old road bridge was blown up in 1945, repaired, and replaced by that new bridge in 1993," she says. "It was pulled down in 1994, and some of its sandstone went into the rebuilt Frauenkirche in Dresden. So a piece of this bridge is in a church now."
    about mean, meaning, what does that mean, what does it mean, what do you mean, whats that mean
      {if knows spirit-of-the-elbe-diplomacy}"That two countries can disagree and still work together," she says, "the way two armies met on this river in 1945. Whether they do is up to the people in them. Up to you, too."{else}"Ask me about the film, about Joe Polowsky, or about the Spirit of the Elbe," she says, "and I will tell you what it meant then, and what it means now."{end}
    about anything else
      "Good question," she says, "but not one my folder can answer. Ask me about the film, about Joe Polowsky, or about the Spirit of the Elbe."
  on what happened to him, what happened to polowsky, what happened to joe, what happened to joe polowsky, what became of him, what became of polowsky, what became of joe polowsky, what did he do after the war, what did polowsky do after the war
    "Joe Polowsky? He went home to Chicago and drove a taxi," the guide says. "Every 25 April he stood on the Michigan Avenue Bridge and asked everyone passing to remember the oath. He died in 1983, and he was buried here, as he asked."
    unlock fact polowsky-lifelong-vigil
  on lay {flowers} at {memorial}, lay {flowers} on {memorial}, lay {flowers}, lay flowers, put {flowers} on {memorial}, put {flowers} at {memorial}, place {flowers} at {memorial}, place {flowers} on {memorial}, leave {flowers} at {memorial}, give {flowers} to {memorial}, lay flowers at memorial, leave {flowers} by {memorial}, put {flowers} by {memorial}, lay {flowers} by {memorial}, place {flowers} by {memorial}, leave {flowers} near {memorial}, put {flowers} near {memorial}, lay {flowers} near {memorial}, leave {flowers} in front of {memorial}, put {flowers} in front of {memorial}
    only if holding flowers, else "You'll want flowers first. The woman at the flower stall is handing them out."
    if knows elbe-becomes-propaganda and knows polowsky-lifelong-vigil and knows spirit-of-the-elbe-diplomacy
      end elbe-day
    else
      Not yet. Before you lay them, hear what the guide has to say.{if not knows elbe-becomes-propaganda} Ask her about the FILM.{end}{if not knows polowsky-lifelong-vigil} Ask her about Joe Polowsky.{end}{if not knows spirit-of-the-elbe-diplomacy} Ask her about the Spirit of the Elbe.{end}
  on is polowsky buried here, where is he buried, where was he buried, where is his grave, is he buried here, is joe polowsky buried here, is joe buried here, where is polowsky buried, where is joe polowsky buried, where is joe buried, where is polowsky, where is joe polowsky, where is polowskys grave, where is polowsky's grave, wheres polowskys grave, where is his grave, is he buried here, what happened to polowsky, what happened to joe, what happened to joe polowsky, is polowsky here, is polowsky dead
    The guide nods. "Joe Polowsky is buried here in Torgau, as he asked," she says. "For years in Chicago he stood on a bridge every 25 April, asking everyone who passed to remember the oath."
    unlock fact polowsky-lifelong-vigil
  on throw {flowers} in {today-elbe}, throw {flowers} into {today-elbe}, drop {flowers} in {today-elbe}, drop {flowers} into {today-elbe}, put {flowers} in {today-elbe}, put {flowers} into {today-elbe}, toss {flowers} in {today-elbe}, toss {flowers} into {today-elbe}, give {flowers} to {today-elbe}, throw {flowers}, toss {flowers}
    {if holding flowers}You let one tulip fall into the Elbe. It turns once in the brown water and drifts away north, past the castle. The others you keep for the memorial.{else}You'll want flowers first. The woman at the flower stall is handing them out.{end}
  on do you think the spirit of the elbe still matters today, do you think the spirit of the elbe still matters, does the spirit of the elbe still matter today, does the spirit of the elbe still matter, does the spirit still matter, does it still matter today, does it still matter, do you think it still matters today, does it matter today, does the spirit of the elbe matter today
    She thinks about it. "Presidents used it in 2010 and in 2020. Whether it holds up in today's conflicts, you must judge for yourselves." She looks at the band and the school class. "Here, every April, it still matters a little."
    unlock fact spirit-of-the-elbe-diplomacy
  on is lotte still alive, is lotte alive, is lotte alive today, is lotte still here, what happened to lotte, where is lotte, where is lotte now, is lotte dead, did lotte survive
    You ask the guide. "Lotte? I don't know her," she says. "But the children who watched in 1945 are about eighty-seven now. My grandmother was one of them. Some still come to the river on Elbe Day."
  on read {memorial}
    It is the Memorial of the Encounter, the Denkmal der Begegnung, in pale sandstone by the river. You read the words carved in it slowly, then again. (This story does not quote them: see the memorial's photographs, or ask the guide about its story: ASK GUIDE ABOUT MEMORIAL.)
  on pray, pray for the dead, pray for dead, say a prayer, say prayer, bow head, bow my head, bow your head, bow, bow to {memorial}, kneel, mourn, remember the dead, remember dead, remember them, stand in silence, be silent, stand quietly, stand silently, minute of silence, a minute of silence, observe a minute of silence, keep a minute of silence, pay respects, pay my respects, pay respects to {memorial}, pay my respects to {memorial}, salute {memorial}, honor the dead, honour the dead
    You stand still for a moment in front of the memorial, and think of everyone who did not live to see this day. Behind you the band starts again.

# ---------------------------------------------------------------------------------------------
# Endings
# ---------------------------------------------------------------------------------------------

ending elbe-day "The Spirit of the Elbe" success
  You lay the flowers at the memorial.

  The first meeting was not at Torgau and not in front of a camera. It was at Strehla and Lorenzkirch, around midday on 25 April 1945, among the dead. Wrong coordinates gave the credit to Robertson's patrol, and the famous handshake was posed later.

  The soldiers across the river were Konev's; Zhukov was fighting for Berlin. The Elbe was never meant to be the border, and within a few years the allies of 1945 were Cold War enemies.

  But on one meadow, ordinary soldiers of two armies promised each other to do what they could so that such a war would never happen again. Today, you remembered it too.


ending wrong-flare "Red over the River" failure
  The red star bursts over the Elbe. On the far bank the figures scatter, and a moment later the first shots come across the water: rifles, then a machine gun, the bullets whipping through the willows over your heads. Nobody is hit. Brennan drags you down into the mud by your collar.

  The Soviet soldiers were expecting green. A red flare from the west bank could only mean a trick. The lieutenant pulls the patrol back from the river, and that afternoon you drive west again, with nothing to show for it except a hole in a jeep's windscreen.

  What really happened: Kotzebue's men fired green, the agreed American signal, and crossed to Lorenzkirch. The colours mattered: to soldiers who had been tricked before, a wrong signal meant an enemy.

  Try again: this time, trust your signal card.

ending recalled "Inside the Five Miles" failure
  The answer comes back within a minute, clear as a bell: the patrol is to return to the Mulde at once. Kotzebue reads the message twice, folds it into his pocket, and does not look at you. In the morning the jeeps turn west.

  You are back in Trebsen by lunchtime. That afternoon, word comes down the line that another patrol of the regiment has met the Russians on the Elbe. It isn't yours.

  What really happened: patrols were told to stay within five miles of the Mulde, but every patrol that met the Soviets on 25 April had gone far beyond that limit. Kotzebue's patrol did not call in from Kühren. It drove on to Leckwitz and Strehla, and made the first contact.

  You kept to the orders: five miles and no further. Kotzebue chose to break them. Was he right to take that risk? Try again, and see what his choice led to.

ending press-leak "Pulled Back from the River" failure
  Whitcomb's pencil flies across the page. He thanks you, shakes your hand, and hurries off to find the press officer. It is the press officer who finds you, an hour later, with your company commander beside him.

  The story never runs: the censors stop it. But you are taken off the river that same afternoon and sent back to the Mulde on a supply truck, and you hear the announcement of 27 April on somebody else's radio, far from the Elbe.

  What really happened: the patrols were ordered to report to their units and say nothing to reporters, because the news was to be released jointly. On the evening of 27 April, statements came out in Washington, London and Moscow at the same time.

  Try again: this time, remember your orders.

# ---------------------------------------------------------------------------------------------
# Facts, in the order of the fact sheet (F01 to F42). Paraphrased from the sheet; the "source"
# lines are the sheet's "Cite in game" lines without markdown.
# ---------------------------------------------------------------------------------------------

fact ike-cables-stalin "Eisenhower Writes to Stalin"
  date 28 March 1945
  place Eisenhower's headquarters (SHAEF) in Reims, sent on through the US and British military missions in Moscow
  source F. Pogue, The Supreme Command (US Army official history), ch. 23 "Shall It Be Berlin?"; C. Ryan, The Last Battle, ch. 2
  confidence high
  summary On 28 March 1945 Eisenhower told Stalin that his main attack would go through central Germany, not to Berlin. The British were angry.
  On 28 March 1945 General Eisenhower, the Supreme Allied Commander in the West, sent a message straight to Stalin: the cable known as SCAF 252. His main attack, he wrote, would go through the middle of Germany toward Erfurt, Leipzig and Dresden, to meet the Red Army there and cut Germany in two. Berlin was not the target.

  The British were angry, both because the objective had changed and because Eisenhower had written to Stalin himself.

fact berlin-not-worth-it "Why Not Berlin?"
  date Late March to early April 1945
  place Western Allied high command
  source S. Ambrose, The Supreme Commander; C. Ryan, The Last Battle
  confidence high: for the decision and its reasoning. Medium for the 100,000 figure, which is Bradley's estimate as recalled later.
  summary Eisenhower no longer aimed at Berlin. Bradley feared 100,000 casualties, and the city lay inside the future Soviet zone anyway.
  Eisenhower told Churchill that Berlin was no longer a major military objective. General Bradley had advised that taking the city might cost about 100,000 casualties. That figure is Bradley's own estimate as he remembered it later, so it is less certain than the decision itself.

  Berlin also lay deep inside the area that the Allies had already agreed the Soviet Union would occupy, although the city itself was to be shared among the Allies.

fact halt-at-elbe-mulde "Stop on the Elbe and the Mulde"
  date Mid-April 1945 (usually dated 15 April)
  place Elbe and Mulde rivers, central Germany
  source A. Beevor, Berlin: The Downfall 1945, ch. 13; US Army Center of Military History, "Elbe Operation", ch. 5, https://www.history.army.mil/documents/elbe-ch5.htm
  confidence high: for the halt; medium for the exact date; medium-high for the places and distances.
  summary In mid-April Eisenhower halted his armies on the Elbe and the Mulde. Their nearest point was about 80 km (50 miles) from Berlin's edge.
  In mid-April Eisenhower stopped his central armies on the Elbe and on its tributary, the Mulde, instead of letting them race for Berlin. General Simpson's Ninth Army stood on the Elbe from Tangermünde south past Magdeburg. Tangermünde, its nearest point, was about 80 km (50 miles) from the western edge of Berlin. South of Magdeburg its 83rd Infantry Division held a bridgehead across the river at Barby, about 120 km (75 miles) from the centre of Berlin. Simpson asked to keep going. He was refused.

  The halt order is usually dated 15 April, but one war correspondent remembered it becoming known around 12 or 13 April. Distances depend on the end points: a news report of 12 April 1945 said 57 miles, and the often-quoted "50 miles from Berlin" is true of Tangermünde, not of Magdeburg.

fact zone-line-was-elsewhere "The Border Was Drawn Elsewhere"
  date Signed 12 September 1944
  place Lancaster House, London
  source Wikipedia, "London Protocol (1944)"; Deutschlandmuseum, https://www.deutschlandmuseum.de/en/?p=19164
  confidence high
  summary The border between the Soviet and Western zones was agreed in London in 1944, well west of the Elbe. The river was never meant to be the border.
  The border between the Soviet zone and the Western zones was agreed months before the armies met. Three diplomats drew it up in London: Winant for the USA, Strang for Britain and Gusev for the Soviet Union. They signed the London Protocol on 12 September 1944.

  The line ran south from the Baltic coast near Lübeck all the way to Bavaria. It followed the old borders of German states, such as Mecklenburg, Saxony and Thuringia. That put it well to the west of the Elbe.

  So the Elbe and the Mulde were never meant to be the border. They were only the place where the armies happened to stop.

fact green-for-us-red-for-them "Green for Us, Red for Them"
  date About 20 April 1945 (Stavka directive No. 11073)
  place Western Allied and Soviet high commands
  source I. S. Konev, Sorok pyatyi (Voenizdat, 1966, in Russian; Engl. Year of Victory); Stavka directive No. 11073, quoted in Russian online media (weak source)
  confidence high: for the colours (US green, Soviet red); medium for the date and the vehicle markings.
  summary Around 20 April the two sides agreed on signals: Americans fire green flares, and the Red Army answers with red.
  So that the armies would not fire on each other, the Western and Soviet commands agreed on recognition signals around 20 April 1945: American and British troops would fire green flares or rockets, and the Red Army would answer with red. Vehicles were marked too: the American white star, and white bands round Soviet tank turrets. Konev's memoirs say the two sides also agreed on 24 April to meet on the banks of the Elbe.

  The colours are well attested; the date and the vehicle marks less so (one Russian article says white crosses, not bands). A claim that the signals were fixed at the Yalta conference has no support.

fact be-friendly-say-nothing "Friendly, but Say Nothing"
  date Stavka decree of 23 April 1945; front directive issued shortly after
  place Soviet 1st Belorussian Front (Marshal Zhukov)
  source 1st Belorussian Front directive citing a Stavka decree of 23 Apr 1945, English translation on the Tank Archives blog, May 2015 (weak source)
  confidence medium: an English translation of an archival document, published on a hobby blog
  summary A Soviet order to Zhukov's armies said: be friendly, but reveal no plans. The soldiers at the Elbe were Konev's, so this is only an example.
  Soviet orders for meeting the Allies were friendly but careful. One such order went to the armies of Marshal Zhukov's 1st Belorussian Front. It followed a decree from Moscow of 23 April. It told officers four things. Agree a boundary with the Allied commander at once. Say nothing about Soviet plans. Do not start joint parties. Accept an invitation only if a corps commander or someone higher allows it.

  Be careful with this fact. The soldiers who met the Americans at Strehla and Torgau served under Marshal Konev, not Zhukov. No such order for Konev's men has been found. So this shows what Soviet orders for the meeting could look like. It does not prove what those soldiers were told.

fact waiting-on-the-mulde "Waiting on the Mulde"
  date From 23 April 1945
  place Wurzen and Trebsen, on the Mulde
  source Saxon Memorials Foundation (DIZ Torgau), "Elbbrücke" (in German), https://stsg.de/cms/torgau/historische-orte/elbbruecke; Christian Science Monitor, 25 Apr 1985
  confidence high
  summary By 23 April the US 69th Infantry Division was on the Mulde, about 40 km west of the Elbe. Patrols were to stay within five miles.
  By 23 April 1945 the US 69th Infantry Division (commander: Major General Emil Reinhardt), part of V Corps and the First Army, had reached the Mulde around Wurzen and Trebsen, about 40 km west of the Elbe. Its patrols, from regiments such as the 273rd Infantry, were supposed to go no more than about five miles (8 km) east of the Mulde.

fact trebsen-bridge "The Bridge at Trebsen"
  date 16 to 24 April 1945
  place Trebsen, on the Mulde
  source Leipziger Volkszeitung, "Trebsen schreibt Weltgeschichte" (2011) and "Die Wahrheit übers Kriegsende in Trebsen und die Legende von Torgau" (2021), in German
  confidence medium: local-history claims reported by the regional press
  summary A local historian says a mill worker, Max Hunger, saved Trebsen's bridge by cutting the wires of its explosive charges.
  According to a local historian, Trebsen had the only intact bridge over the Mulde between Eilenburg and Colditz: the railway bridge of the paper mill. A factory worker, Max Hunger, is said to have cut the wires to its demolition charges. American troops took Trebsen on 16 April, and Kotzebue's patrol set out from here on 24 April.

  These are claims of local history, reported by the regional press, so they are less certain than many other facts in this journal.

fact treat-them-nicely "Treat Them Nicely"
  date The days before 25 April 1945
  place US First Army
  source M. Herzog, The Atlantic Times, April 2005
  confidence medium: a single journalistic account
  summary General Hodges reportedly told his men to treat the Soviets nicely. Patrols were not to talk to reporters.
  Everyone expected a meeting with the Red Army, and the commanders meant to control how it happened. The First Army's commander, General Courtney Hodges, reportedly told his men simply to treat the Soviets nicely. Patrols were to report back and not to talk to reporters, because the news was to be announced jointly by Washington, London and Moscow.

  This comes from a single journalist's account.

fact road-full-of-refugees "A Road Full of People"
  date Mid to late April 1945
  place Between the Mulde and the Elbe; Torgau
  source Time, "Hello, Tovarish!" (1945; read in translation); H. Naumann, exhibition "Todesmarsch 1945: Leipzig–Fojtovice", timeline (in German)
  confidence high: that the area was crowded and that refugees moved west; medium-high for the death-march route and dates (a local remembrance trail and a photographer's researched exhibition agree, and the regional press confirms the night at Wurzen).
  summary Refugees and freed prisoners crowded these roads. Guards drove concentration-camp prisoners on death marches, east through Wurzen and Kühren in mid-April.
  The land between the Mulde and the Elbe was crowded, but people were not all going the same way. Refugees from Silesia, and local people fleeing the Red Army, headed west towards the Americans. So did German soldiers who wanted to surrender to them, and columns of prisoners of war under guard. Freed forced labourers filled the villages.

  Concentration-camp prisoners were not fleeing. SS and other guards drove them on death marches, away from the advancing armies. Columns from the Leipzig sub-camps of Buchenwald were driven east to Wurzen on the night of 13 to 14 April, on through Kühren and Oschatz, and across the Elbe near Riesa on 17 April. On 20 April they were driven back west over the river, and then south towards Bohemia. The Red Army freed the last survivors at Fojtovice on 9 May. Many prisoners died or were shot on the way.

  On 25 April Lieutenant Robertson's official task was to check on refugees. Torgau itself was nearly empty after Soviet shelling from across the river.

fact kotzebue-sets-out "Kotzebue's Patrol Sets Out"
  date 24 to 25 April 1945
  place Trebsen, then Kühren, then east toward Leckwitz
  source Christian Science Monitor, 25 Apr 1985, https://www.csmonitor.com/1985/0425/aelbe.html; Sächsische Zeitung, "Vergessene Weltgeschichte" (c. 2015, in German)
  confidence medium
  summary Lieutenant Albert "Buck" Kotzebue led a jeep patrol from Trebsen on 24 April and on from Kühren next morning, far past the five-mile limit.
  First Lieutenant Albert "Buck" Kotzebue of the 273rd Infantry led a patrol in jeeps toward the Elbe. He left Trebsen on 24 April and set off again from Kühren on the morning of the 25th, far beyond the five-mile limit.

  The details are disputed. The patrol had 36 men in one German account, five jeeps in another, and 20 men in a 1945 news report. Kotzebue was 21 (a 1985 interview) or 23 (a German newspaper), and his Company G is placed in the 2nd Battalion by the veterans and in the 3rd by the BBC.

fact horseman-at-leckwitz "The Horseman at Leckwitz"
  date 25 April 1945, about 11:30
  place Leckwitz, near the Lindhof estate, a couple of kilometres west of the Elbe
  source K. Alford, Allied Looting in World War II; Sächsische Zeitung, "Vergessene Weltgeschichte" (c. 2015, in German)
  confidence medium-high: the 11:30 time appears in two independent accounts
  summary At about 11:30 on 25 April the patrol met a Soviet horseman at Leckwitz. Some count this as the first contact.
  At about 11:30 in the village of Leckwitz, a couple of kilometres short of the Elbe, the patrol spotted a Soviet cavalryman among a crowd of foreign labourers. He was suspicious and rode away, but a Polish worker offered to guide the Americans to the river. T/5 Stephen Kowalski, who spoke Russian, was with the patrol.

  Some local historians count this as the very first contact between the two armies.

fact flares-at-the-river "Green Flares at the River"
  date 25 April 1945, about 12:05
  place Strehla ferry landing, west bank of the Elbe
  source K. Alford, Allied Looting in World War II; Sächsische Zeitung, "Vergessene Weltgeschichte" (c. 2015, in German)
  confidence medium
  summary Shortly after noon the patrol reached the Elbe at Strehla and fired green flares. Accounts differ on whether red answered.
  The patrol reached the Elbe at Strehla shortly after noon. Kotzebue saw Soviet soldiers on the far bank and had green flares fired, the agreed American signal.

  The accounts disagree about the answer. A German newspaper places the exchange of flares at Leckwitz and says a red flare came back. An American account places it at the river, says no signal came back, and has the Polish guide shout across the water instead. The game follows the second version.

fact crossing-at-strehla "Across in the Ferryman's Boat"
  date 25 April 1945, about 12:05 to 12:30
  place From the Strehla ferry landing to Lorenzkirch, on the east bank
  source Saxon Memorials Foundation, https://stsg.de/cms/node/13080 (in German); Christian Science Monitor, 25 Apr 1985; T. Schade, Sächsische Zeitung, 2010 (in German)
  confidence high: for the crossing; low for how many went and who; medium for the boat's description; low for the wreck's identity and present whereabouts (regional press only, last report 2012).
  summary Kotzebue and a few men crossed in the ferryman's old boat, paddling with rifle butts. Sources disagree on how many.
  Kotzebue and a handful of men crossed from the Strehla ferry landing to Lorenzkirch in an old wooden boat that belonged to the ferry: ferryman Oswin Richter's tender, a river boat about 12 metres long. They fought the current, paddling with their rifle butts as Kotzebue later told it, and a Soviet soldier threw them a line.

  The sources disagree on how many crossed: Kotzebue and three men, Kotzebue and five soldiers, or six soldiers. Two of these versions name Joseph Polowsky among them. English retellings call the boat a barge, a sailboat or a launch.

  A wreck that local people say is this boat lay for years on the military site at Zeithain, where a reporter saw it in 2010. A press report of early 2012 says it was taken back to Strehla in December 2011 to be preserved. Where it is now has not been checked.

fact first-handshake-lorenzkirch "The First Handshakes at Lorenzkirch"
  date 25 April 1945, between about 12:30 and 13:30 (sources differ)
  place Lorenzkirch, on the east bank of the Elbe opposite Strehla
  source Saxon Memorials Foundation, https://stsg.de/cms/node/13080 (in German); BBC On This Day, "1945: Russians and Americans link at Elbe"
  confidence high: for the meeting; medium for the clock time and the regiment number.
  summary At Lorenzkirch the Americans met men of the Soviet 58th Guards Rifle Division, part of Marshal Konev's 1st Ukrainian Front.
  On the east bank the Americans met men of the Soviet 58th Guards Rifle Division (5th Guards Army, part of Marshal Konev's 1st Ukrainian Front). Among them was Lieutenant Colonel Alexander Gordeyev (also spelled Gardiev or Gordejew), commander of the 175th Guards Rifle Regiment. Soviet accounts say the first Soviet officer they met was Senior Lieutenant Grigory Goloborodko, with his company. Since 2023 an information stele has marked the house at Alte Salzstraße 22 where the first handshakes took place.

  The time is disputed. Russian sources say 13:30, but in Moscow time, which may be about 12:30 local time; other sources say "in the morning" or between 12:00 and 13:00. A note based on US archives even puts the contact on the west bank. And some sources name the 173rd Regiment instead of the 175th.

fact meadow-of-the-dead "The Meadow of the Dead"
  date 25 April 1945, early afternoon
  place Lorenzkirch
  source Saxon Memorials Foundation, https://stsg.de/cms/node/13080 (in German)
  confidence medium-high
  summary The first meeting was among the dead. A Soviet officer said it was no place for hero photos. That is part of why it was not publicised.
  The first meeting took place among the bodies of civilians and soldiers killed on the meadows at Lorenzkirch. Colonel Karpovich, the division's senior political officer, reportedly said that the place was not fit for heroic photographs, and the Americans were taken back across the river to Strehla.

  This is part of the reason why the meeting at Lorenzkirch was neither recorded nor publicised at the time.

fact pontoon-bridge-disaster "The Bridge Blown with People on It"
  date 22 April 1945, about 20:00 to 20:30; the killing went on into 23 April
  place Lorenzkirch meadows, opposite Strehla
  source Saxon Memorials Foundation, https://stsg.de/cms/node/13080 (in German)
  confidence high: for the event; medium for the death toll.
  summary On 22 April German troops blew up the Strehla pontoon bridge with refugees on it. About 200 to 400 people died.
  On the evening of 22 April, German troops blew up the pontoon bridge between Strehla and Lorenzkirch while refugees were still on it. German and Hungarian engineers had built the bridge in February, with labour from the Volkssturm, the German home guard. The crowds trapped on the meadows of the east bank were then caught between Soviet and German fire.

  Estimates of the dead range from about 200 to 400. Among them were Ukrainian forced labourers.

fact oath-of-the-elbe "The Oath of the Elbe"
  date 25 April 1945
  place Strehla and Lorenzkirch
  source J. Polowsky's account as reported by the Associated Press, 1986, https://www.apnews.com/e4737b16505456a34872ce645645b862
  confidence high: that Polowsky reported it. It is a personal recollection, not a recorded ceremony.
  summary Joe Polowsky later said the soldiers promised each other, among the dead, to prevent such a war. He called it the "Oath of the Elbe".
  Private First Class Joseph Polowsky, who served as an interpreter on Kotzebue's patrol, later described a moment at the river, among the dead. The ordinary soldiers of both armies, he said, solemnly promised one another to do everything they could to stop such a war from ever happening again. He called it the "Oath of the Elbe".

  This is Polowsky's own memory, not a recorded ceremony. Nobody knows the exact words.

fact three-patrols-three-places "Three Patrols, Three Places"
  date Afternoon and evening of 25 April 1945
  place Kreinitz and Burxdorf, on the east bank north of Strehla; Torgau
  source 69th Infantry Division veterans' site, "The Linkups"; Saxon Memorials Foundation, https://stsg.de/cms/node/13080; Lausitzer Rundschau, Apr 2005 (both in German)
  confidence high: that three patrols met Soviet troops that day, and for their order; medium for Craig's route and for where the Polowsky photo was taken.
  summary Three patrols of the 273rd Infantry met Soviet troops on 25 April: Kotzebue's, Robertson's at Torgau, and Major Craig's.
  Three separate patrols of the 273rd Infantry met Soviet troops on 25 April; the division's veterans number them in the order they met.

  No. 1 was Kotzebue's: after Lorenzkirch his men ferried their jeeps from Görzig across to Kreinitz, where Gordeyev's regiment had its headquarters, for a second and more relaxed meeting. No. 2 was Robertson's four-man jeep patrol, at Torgau in mid-afternoon. No. 3, under Major Fred Craig, was sent out to look for Kotzebue, met Soviet troops late in the afternoon and ended up with Kotzebue's men on the east bank, where both patrols spent the night with the Soviet regiment.

  Private First Class Igor Belousovitch of Craig's patrol took the famous photo of Polowsky standing on a jeep in front of a house in Burxdorf, a few kilometres north of Kreinitz (it was long said to be Kreinitz). Accounts differ on why Craig was sent, where he first met Soviet soldiers and when the Kreinitz meeting took place.

fact wrong-coordinates "The Wrong Coordinates"
  date 25 April 1945
  place Strehla, and 69th Infantry Division headquarters
  source Christian Science Monitor, 25 Apr 1985, https://www.csmonitor.com/1985/0425/aelbe.html; K. Alford, Allied Looting in World War II
  confidence high
  summary Kotzebue's radioed map coordinates were wrong, so headquarters could not confirm his contact. The credit went to the Torgau patrol.
  Kotzebue radioed the news of his contact, but the map coordinates he sent were wrong, so headquarters could not confirm it. The official credit for the first contact went to the later patrol at Torgau.

  In fact, every patrol that met the Soviets that day had gone beyond the five-mile limit.

fact robertson-heads-for-torgau "Robertson Heads for Torgau"
  date 25 April 1945, from about 10:00
  place Wurzen, then Sitzenroda, then Torgau
  source Saxon Memorials Foundation (DIZ Torgau), "Elbbrücke" (in German), https://stsg.de/cms/torgau/historische-orte/elbbruecke; Christian Science Monitor, 26 Apr 1985
  confidence high
  summary Lieutenant William Robertson set out with three men to check on refugees, heard of wounded Americans in Torgau, and drove there.
  Second Lieutenant William Robertson of the 273rd Infantry left Wurzen at about 10 a.m. in a single jeep with Corporal James McDonnell and Privates First Class Frank Huff and Paul Staub. At Sitzenroda, British prisoners of war told him that wounded American prisoners were being held in Torgau. He drove on, about 20 to 25 miles ahead of his regiment, and into the town. Torgau lies about 120 km (75 miles) south-south-west of Berlin.

  One article says the patrol started from Trebsen. Both may be right: Robertson's battalion had its command post at Wurzen, and his regiment had its command post at Trebsen.

fact fort-zinna "Fort Zinna"
  date 1939 to 1945, and after 1945
  place Torgau
  source Saxon Memorials Foundation (DIZ Torgau), "Elbbrücke" (in German), https://stsg.de/cms/torgau/historische-orte/elbbruecke
  confidence high
  summary Torgau was a centre of Nazi military justice; many soldiers were shot at Fort Zinna. After the war the Soviets used it as a camp.
  Torgau was a centre of Nazi military justice. The German army's prisons Fort Zinna and Brückenkopf were here, and from 1943 the town was the seat of the Reich Court-Martial. Many condemned soldiers were shot here. Prisoners near Fort Zinna told Robertson that the Soviets were on the far bank, and the link-up freed the last inmates.

  After the war, the Soviet occupiers used Fort Zinna and a nearby barracks as their own special camps, No. 8 and No. 10.

fact homemade-flag "A Home-made Flag"
  date 25 April 1945, afternoon
  place Torgau
  source Saxon Memorials Foundation (DIZ Torgau), "Elbbrücke" (in German), https://stsg.de/cms/torgau/historische-orte/elbbruecke; Christian Science Monitor, 26 Apr 1985
  confidence high: for the flag; low for the exact materials.
  summary With no green flares, Robertson painted a bedsheet as an American flag. Sources disagree on the paint.
  Robertson had no green flares to answer the Soviet signal, so he made a recognition flag. He took a bedsheet and painted rough stars and stripes on it with colours from a pharmacy or drugstore.

  Nobody agrees on the paint: watercolours (the Torgau memorial foundation), red and blue dye (a 1985 interview), Mercurochrome and blue ink (Time magazine, 1945) or potassium permanganate (a 2025 post on the pro-Kremlin Pravda network, a state-aligned source). The game uses the version in Time.

fact tower-and-gunfire "Flag on the Tower, Fire from the River"
  date 25 April 1945, afternoon
  place Hartenfels Castle, Torgau
  source Saxon Memorials Foundation (DIZ Torgau), "Elbbrücke" (in German), https://stsg.de/cms/torgau/historische-orte/elbbruecke; Christian Science Monitor, 26 Apr 1985
  confidence high
  summary The Soviets fired on Robertson's flag until a freed Soviet prisoner, Titov, shouted across the river.
  Robertson waved the flag from the Flaschenturm, a tower of Hartenfels Castle above the river. Soviet troops across the Elbe sent up red flares. When no green answer came, they opened fire with small arms and a few anti-tank rounds: Germans had fooled them before by showing American flags. A freed Soviet prisoner, named as Titov by the Torgau memorial foundation, finally shouted across the river and convinced them.

  A 2025 post on the pro-Kremlin Pravda network (a state-aligned source) says the flag hung from a church bell tower; the American and German sources say the castle.

fact handshake-on-the-girders "On the Girders of the Broken Bridge"
  date 25 April 1945, mid-afternoon
  place Torgau road bridge over the Elbe
  source Saxon Memorials Foundation (DIZ Torgau), "Elbbrücke" (in German), https://stsg.de/cms/torgau/historische-orte/elbbruecke; Christian Science Monitor, 26 Apr 1985
  confidence high
  summary Robertson's men and Lieutenant Silvashko's soldiers met and embraced on the girders of the broken Torgau bridge.
  Robertson and his men crept out along the twisted girders of Torgau's road bridge, which retreating German troops had blown up. Sergeant Andreyev and other soldiers of Lieutenant Alexander Silvashko's platoon, of the 58th Guards Rifle Division, climbed out from the east bank. The two groups embraced above the water, and the Americans went on across to the Soviet side.

  The memorial foundation says the bridge was blown early on 25 April; a Soviet memoir says the day before. In 1985 Silvashko remembered the Americans arriving at about 2 p.m., and he did not mention a flag on a tower.

fact what-time-at-torgau "What Time Was It at Torgau?"
  date 25 April 1945
  place Torgau
  source News Chronicle (London), 28 Apr 1945; Christian Science Monitor, 26 Apr 1985; Saxon Memorials Foundation (DIZ Torgau), "Elbbrücke" (in German)
  confidence high: that the sources disagree; medium for "mid-afternoon".
  summary Sources put the Torgau meeting between 2 p.m. and 5 p.m. "Mid-afternoon" is the safest answer.
  The sources put the meeting at Torgau anywhere between about 2 p.m. and 5 p.m.: about 14:00 (Silvashko, remembering in 1985), 15:30 (a documentary caption), 16:00 (Russian media), 16:20 (the London News Chronicle of 28 April 1945) and about 17:00 (a 2025 post on the pro-Kremlin Pravda network, a state-aligned source).

  The memorial foundation says that by 17:00 the patrol was already driving back with Soviet companions, so "mid-afternoon" is the safest answer.

fact soviets-at-us-hq "Soviet Guests at Midnight"
  date 25 April 1945: left Torgau about 17:00, arrived 23:20
  place Headquarters of the 69th Infantry Division, about 40 km west of the Elbe
  source Saxon Memorials Foundation (DIZ Torgau), "Elbbrücke" (in German); A. S. Zhadov, Chetyre goda voiny (Voenizdat, 1978; in Russian), ch. 8
  confidence medium
  summary Robertson brought four Soviet soldiers back to 69th Division headquarters, at 23:20 by a Soviet report.
  Robertson drove back to the American lines with four Soviet soldiers: a major, a captain, Lieutenant Silvashko and a sergeant. A Soviet report says they reached the 69th Division's headquarters at 23:20 that night. The headquarters was about 40 km west of the Elbe.

  The four came from the 173rd Guards Rifle Regiment. That was not the regiment whose men met Kotzebue at Lorenzkirch, which was the 175th. Both belonged to the same division, the 58th Guards Rifle Division. The report names the four as Major Larionov, Captain Vasily Neda, Lieutenant Silvashko and Sergeant Andreyev.

fact generals-meet "The Generals Meet"
  date 26 April 1945 (some sources say 27 April); corps commanders on 27 April
  place Torgau, on the Soviet-held east bank; Werdau, a village east of the Elbe near Torgau
  source BBC On This Day, "1945: Russians and Americans link at Elbe"; A. S. Zhadov, Chetyre goda voiny (Voenizdat, 1978; in Russian)
  confidence high: for the meeting; medium for the date details and for the place of the corps meeting.
  summary On 26 April the two division commanders, Reinhardt and Rusakov, met at Torgau, with about 70 journalists watching.
  On 26 April the two division commanders met at Torgau, on the Soviet side of the river. They were Major General Emil Reinhardt of the US 69th Infantry Division and Major General Vladimir Rusakov of the Soviet 58th Guards Rifle Division. About 70 journalists came. Both men spoke of two great allied armies meeting on German soil. Reinhardt gave Rusakov an American flag.

  A booklet by the town of Torgau says Reinhardt was rowed across the river. The meeting was held in the kitchen hut of an old army prison, the Brückenkopf. Some sources give 27 April as the date, and one Soviet news report puts the meeting on the west bank.

  On 27 April the corps commanders met too: Major General Huebner of the US V Corps and General Baklanov of the Soviet 34th Guards Rifle Corps. They met at Werdau, a village on the Soviet side near Torgau. This is not the town of Werdau near Zwickau.

fact the-staged-photos "The Famous Photos Were Posed"
  date 26 or 27 April 1945 (sources differ)
  place Torgau
  source City of Torgau, http://www.torgau.eu/p/d2.asp?artikel_id=1043 (in German); akg-images picture archive, package 2UMEBM687AHR, "1945: The Handshake of Torgau"
  confidence high: that the photos were staged; low for which day.
  summary The famous handshake photo on the Torgau bridge was posed a day or two later for the cameras.
  The world-famous picture of American and Soviet soldiers reaching for each other's hands on the broken Torgau bridge was staged after the event. The American photographer Allan Jackson took it, and the Soviet photographer Alexander Ustinov also restaged the scene. The embrace of Robertson and Silvashko in front of an "East Meets West" sign was posed for the cameras as well.

  Sources disagree on the day: some say 26 April, others 27 April. One newspaper article says three American and four Soviet soldiers posed on the bridge.

fact vodka-and-champagne "Vodka and Champagne"
  date 25 to 30 April 1945
  place Along the Elbe around Torgau
  source M. Jones, After Hitler; K. Alford, Allied Looting in World War II, p. 15
  confidence high
  summary Toasts, songs and swapped badges: the mood was festive. Hodges noted the party made military information hard to get.
  The mood was festive. Reporters described back-slapping, toasts and songs. The Soviets held banquets at the front with vodka, and the Americans brought brandy and champagne taken from German army stores. Soldiers swapped badges, buttons and other souvenirs.

  General Hodges noted drily that the language barrier and the general merriment made useful military information hard to get.

fact more-junctions "More Meetings along the River"
  date 26 to 28 April 1945
  place Near Pretzsch; Groba, near Riesa
  source A. S. Zhadov, Chetyre goda voiny (Voenizdat, 1978; in Russian); News Chronicle (London), 28 Apr 1945
  confidence medium
  summary The link-up soon spread along the river, to Pretzsch on 26 April and Groba, near Riesa, by 28 April.
  The link-up soon spread along the river. On 26 April a patrol of the US 104th Infantry Division met the Soviet 118th Rifle Division near Pretzsch. On 28 April the London press reported a second point of contact at Groba, near Riesa.

fact announced-together "One Announcement, Three Capitals"
  date Evening of 27 April 1945
  place Washington, London and Moscow
  source BBC On This Day, "1945: Russians and Americans link at Elbe"; Stalin's message to the armies, 27 Apr 1945; News Chronicle (London), 28 Apr 1945
  confidence high
  summary On the evening of 27 April, Washington, London and Moscow announced the news at the same time.
  The news was held back until the evening of 27 April, when statements were released at the same time in Washington, London and Moscow. President Truman said that this was not yet final victory in Europe, but that it was drawing near. Churchill spoke of the two armies meeting in victorious comradeship. Stalin, in a radio message to the armies, said that the task still to be done was to destroy the enemy and force it to surrender unconditionally.

  Moscow celebrated the news with a salute of 24 salvos fired by 324 guns.

fact germany-cut-in-two "Germany Cut in Two"
  date 27 to 28 April 1945
  place Central Germany
  source Evening Star (Dunedin), 28 Apr 1945, https://paperspast.natlib.govt.nz/newspapers/ESD19450428.2.56; News Chronicle (London), 28 Apr 1945
  confidence high: for the split and for the tenor of Bradley's order; medium for the order's exact wording (read only in press quotations).
  summary The link-up split German-held land into north and south. "Cut in two" was the press's phrase; Bradley's order, as quoted, did not use it.
  The meeting on the Elbe split the land and forces Germany still held into a northern and a southern part.

  The words "cut in two" came from the announcements and the newspapers. A British official radio report of 27 April said the link-up "cuts Germany in half", and papers printed headlines such as "Hitler's Reich cut in two".

  General Bradley's order of the day to his troops, as the newspapers quoted it, said something else. It praised Marshal Konev's armies, which had fought their way 1,400 miles from the ruins of Stalingrad and Sebastopol, and it reminded his own men that they had come 700 miles from the invasion beaches. In the parts that were quoted, it says nothing about cutting Germany in two.

  The war was not over, though. The Times of London warned of a possibly long campaign in the mountains of the south.

fact hitler-plans-for-the-split "Hitler Plans for the Split"
  date 11 to 15 April 1945; the split in fact from 25 April 1945
  place Hitler's headquarters in Berlin
  source Bundesarchiv, finding aid RW 44-I "OKW / Führungsstab A (Nord)" (in German), https://portal.ehri-project.eu/units/de-002525-rw_44_i
  confidence medium-high: the Federal Archives' descriptions of the northern and southern staffs' records agree with the text of the order as reproduced online; the order was not read in a scholarly edition
  summary Hitler expected the split. On 15 April he ordered that, if it came, Dönitz would command in the north or Kesselring in the south.
  The German leaders themselves expected the Reich to be cut in two. On 11 and 12 April 1945 Hitler had the high commands of the armed forces and of the army each set up two outlying headquarters, one for a northern and one for a southern area.

  On 15 April he ordered who would command if the land link through central Germany were broken. In the part where he was not himself, one commander would take over all the armed forces: Grand Admiral Dönitz in the north, or Field Marshal Kesselring in the south.

  The German Federal Archives say that the split into a northern and a southern area became a fact when American and Soviet troops met at Torgau.

fact hodges-zhadov-bradley-konev "The Commanders Follow"
  date 30 April and 5 May 1945
  place Torgau area
  source M. Jones, After Hitler; I. S. Konev, Sorok pyatyi (Voenizdat, 1966, in Russian; Engl. Year of Victory, Progress, 1969)
  confidence high: for Hodges–Zhadov; medium-high for the Bradley–Konev details.
  summary Generals followed: Hodges met Zhadov on 30 April, and on 5 May Bradley and Konev swapped a jeep and a horse.
  Senior commanders followed the patrols. On 30 April General Hodges crossed at Torgau for a lavish reception with General Aleksei Zhadov of the Soviet 5th Guards Army. On 5 May General Bradley visited Marshal Konev, commander of the 1st Ukrainian Front, at his command post north-east of Torgau. Konev gave Bradley a Don stallion, and Bradley gave Konev a jeep inscribed as a gift from the soldiers of the US armies.

  The meeting of Hodges and Zhadov is well documented; the details of the gifts are a little less certain.

fact meanwhile-in-berlin "Meanwhile, in Berlin"
  date 25 April to 5 June 1945
  place Berlin
  source US State Dept., Foreign Relations of the United States, 1945, vol. III, doc. 254, https://history.state.gov/historicaldocuments/frus1945v03/d254
  confidence high
  summary Zhukov's and Konev's armies fought for Berlin. Germany surrendered on 7 and 8 May; Eisenhower first met Zhukov on 5 June.
  On the day of the meeting on the Elbe, Soviet forces completed their ring around Berlin. The battle for the city was fought by Marshal Zhukov's 1st Belorussian Front together with Marshal Konev's 1st Ukrainian Front: Zhukov was at Berlin, not at the Elbe. Hitler killed himself on 30 April, and Germany surrendered unconditionally on 7 and 8 May.

  Eisenhower and Zhukov met for the first time only on 5 June 1945 in Berlin, when the four Allied commanders-in-chief took over authority in Germany as its Control Council. Zhukov had been named the Soviet member on 31 May.

fact pullback-july-1945 "The Americans Leave the Elbe"
  date Completed by 4 July 1945
  place Saxony, Thuringia and Mecklenburg
  source Die Welt, "Britische und US-Truppen verlassen Ostdeutschland" (July 2017, in German); Deutschlandmuseum, https://www.deutschlandmuseum.de/en/?p=19164
  confidence high
  summary By 4 July 1945 American and British troops had pulled back to the agreed zone line further west. Torgau became part of the Soviet zone.
  Because the agreed zone border lay further west, American and British troops left Saxony, Thuringia and Mecklenburg in early July 1945; the withdrawal was complete by 4 July. The Red Army moved in, and the Western Allies took up their sectors of Berlin.

  Torgau, Strehla and the whole route of the patrols ended up in the Soviet zone, which later became East Germany.

fact split-1945-not-1949 "Split in 1945, Divided in 1949"
  date 25 April 1945; July 1945; 23 May and 7 October 1949
  place Germany
  source Library of Congress, Country Studies: East Germany; Wikipedia, "Development of the inner German border"
  confidence high
  summary The north-south split of 1945 lasted weeks. The division into West and East followed the 1944 zone line and became two states in 1949.
  The split of April 1945 is not the division of Germany that lasted until 1990. The link-up cut the Reich into a northern and a southern part along a front line, and that mattered only for the last two weeks of the war.

  The lasting division ran between west and east. It followed the zone border agreed in London in 1944, which the armies took up in July 1945. In 1949 it became the border between two states. The Federal Republic of Germany was founded in the American, British and French zones: its Basic Law was proclaimed on 23 May 1949. The German Democratic Republic was founded in the Soviet zone on 7 October 1949. Torgau and Strehla were in the East.

fact elbe-becomes-propaganda "The Meeting Becomes Propaganda"
  date 1949 and 1955
  place Soviet Union; Washington
  source R. Magnúsdóttir, Zeitgeschichte-online (2018), https://zeitgeschichte-online.de/node/51816; Radio Svoboda (in Russian), https://www.svoboda.org/amp/25085669.html
  confidence high: for the film; medium for the 1955 episode (one scholarly source).
  summary By 1949 the meeting was Cold War propaganda in a Soviet film, and in 1955 a planned reunion collapsed.
  Within four years the story had been reshaped for the Cold War. The Soviet feature film Meeting on the Elbe (1949), directed by Grigori Aleksandrov, set scheming Americans against honest Soviet officers in an invented town on the Elbe. It was part of a wider anti-American propaganda campaign that year. The film was a box-office hit and won a Stalin Prize.

  In 1955 American veterans of the Elbe link-up organised a reunion in Washington for the tenth anniversary, and the Soviet side pulled out at the last minute. (Only one scholarly source describes the reunion.)

fact polowsky-lifelong-vigil "Joe Polowsky's Vigil"
  date 1945 to 1983
  place Chicago; Torgau
  source Associated Press, Nov 1983 (via the 69th Infantry Division veterans' site) and 1986, https://www.apnews.com/e4737b16505456a34872ce645645b862
  confidence high
  summary Joe Polowsky campaigned for decades to make 25 April a peace day. He was buried in Torgau in 1983, as he had asked.
  Joe Polowsky, who later drove a taxi in Chicago, campaigned for decades to make 25 April a world day of peace. Every year he kept a vigil on Chicago's Michigan Avenue Bridge. He died on 17 October 1983 and, as he had asked, was buried in Torgau in November 1983, with American and Soviet veterans carrying his coffin.

  The attention his burial drew led to reunions of Elbe veterans in Torgau from 1985 onward.

fact memorials-on-the-river "Memorials on the River"
  date 1945 to 2023
  place Torgau, Strehla and Lorenzkirch
  source MDR, https://www.mdr.de/sachsen/leipzig/delitzsch-eilenburg-torgau/denkmal-weltkrieg-elbe-day-100.html; Schloss Hartenfels, "Begegnung 1945" (both in German)
  confidence medium-high
  summary Memorials mark the meeting at Torgau, Strehla and Lorenzkirch.
  In Torgau the sandstone Memorial of the Encounter (Denkmal der Begegnung) stands by the Elbe below Hartenfels Castle. Designed by an architect from Kyiv, named as Avraham Miletsky, it has stood since 1945 and was restored in 2019. In Strehla a riverside monument by the Russian sculptor Vladimir Surovtsev was unveiled on 25 April 1995. In Lorenzkirch a memorial stone (1995) remembers the dead of April 1945, and an information stele (2023) marks the house of the first handshake.

  The wrecked Torgau road bridge of 1878 was repaired, replaced by a new bridge in 1993 and demolished in 1994. Some of its sandstone went into the rebuilt Frauenkirche in Dresden.

fact spirit-of-the-elbe-diplomacy "The Spirit of the Elbe"
  date 1995, 2010, 2020, and every April in Torgau
  place Moscow; Washington; Torgau
  source White House, Trump–Putin joint statement on the Elbe, 25 Apr 2020, at trumpwhitehouse.archives.gov; Die Welt, 27 Apr 2019 (dpa, in German)
  confidence high: for the statements and the festival; medium for the Clinton speech (known only through a Russian press quote).
  summary "Spirit of the Elbe" came to mean working together despite differences, used by US and Russian presidents in 2010 and 2020.
  "Spirit of the Elbe" became a phrase in diplomacy for working together in spite of differences. Presidents Obama and Medvedev issued a joint statement for the 65th anniversary in 2010, and Presidents Trump and Putin did the same for the 75th in 2020. In a speech in Moscow in 1995, President Bill Clinton appeared with Robertson and told the story (this is known only from a Russian press quotation).

  Torgau holds an "Elbe Day" festival lasting several days every April.
