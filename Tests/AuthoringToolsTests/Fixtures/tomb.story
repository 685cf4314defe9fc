# A blind author's story (a teacher's, for her Year 9 class), trimmed: a camp with a table, a
# chest, a tin box and a jacket to put things in, souvenirs that only `on light {lamp}` and
# `on show {letter} to {carnarvon}` mention, wearables, a dark passage and a timed event.
# The search used to stop at 500 000 states without finding the win.

story "Wonderful Things"
  id tomb-fixture
  start at camp

scene camp "Carter's Camp"
  A tent, a folding table and your tool chest. Steps lead south.
  fact first-step
  exit south to stairway "the new steps"
  thing table "folding table"
    supporter
    fixed
    A camp table.
  thing notebook "notebook"
    starts on table
    Your excavation notebook.
  thing matches "box of matches"
    nouns box, matches
    starts on table
    A small box of matches.
  thing lamp "hurricane lamp"
    nouns lantern
    starts on table
    A paraffin lamp, bone dry.
  thing helmet "sun helmet"
    nouns hat
    wearable
    here {if helmet-moved}Your sun helmet lies in the dust.{else}Your sun helmet hangs on a tent pole.{end}
    A battered pith helmet.
  on take {helmet}, wear {helmet}
    set helmet-moved
    continue
  thing jacket "linen jacket"
    nouns coat
    wearable
    container
    here Your linen jacket is thrown over a camp chair.
    An old linen jacket with deep pockets.
  thing key "small brass key"
    starts in jacket
    A small brass key.
  thing tin "tin box"
    container
    locked with key
    starts on table
    A dented tin box.
  thing letter "letter from Carnarvon"
    starts in tin
    A letter on Highclere Castle paper.
  thing chest "tool chest"
    container
    closed
    fixed
    A heavy wooden chest.
  thing chisel "iron chisel"
    starts in chest
    A long iron chisel.
  thing candle "candle"
    starts in chest
    A stub of candle.{if candle-lit} It is burning.{end}

scene stairway "The Sixteen Steps"
  Sixteen steps lead down to a doorway{if door-opened}, now open{else}, plastered over{end}.
  exit north to camp
  exit down to passage
    only if door-opened, else "The doorway is still sealed."
    if carnarvon is in stairway
      Lord Carnarvon and Lady Evelyn follow you down.
      move carnarvon to passage
      move evelyn to passage
  thing outer-door "sealed doorway"
    nouns door, doorway
    fixed
    Plaster covered with seals.
  thing seals "seal impressions"
    nouns seals, seal
    fixed
    A name in a cartouche.
  on examine {seals}
    A name in a cartouche: Tutankhamun!
    if not knows seals-found
      unlock fact seals-found
      award 1 point
  on open {outer-door} with {chisel}, use {chisel} on {outer-door}
    only if holding chisel, else "You need a tool for that."
    Stone by stone, your men take the blocking down.
    set door-opened

scene passage "The Descending Passage"
  dark unless candle-lit and (holding candle or candle is here)
  A passage slopes down to a second doorway.
  exit up to stairway
  thing inner-door "second doorway"
    nouns door, doorway
    fixed
    Plaster and seals.{if hole-made} A small hole is in the corner.{end}
  on make hole in {inner-door}, use {chisel} on {inner-door}
    only if holding chisel, else "You need the chisel."
    You make a tiny hole in the corner of the doorway.
    if not hole-made
      set hole-made
      move hole here
  on look through hole, look through {inner-door}
    only if hole-made, else "There is no hole yet."
    if not (candle-lit and (holding candle or candle is here))
      It is too dark to see anything at all.
    else
      "Can you see anything?" "Yes," you say. "Wonderful things."
      unlock fact wonderful-things
      end wonderful
  after 3 turns
    one of
      A trickle of sand falls from the ceiling.

      A stone settles with a click.

thing hole "small hole"
  fixed
  starts nowhere
  A hole no bigger than your hand.

person carnarvon "Lord Carnarvon"
  starts in stairway
  nouns carnarvon, lord
  A thin English gentleman.
  talk
    "Well, Carter. Let us see what you have found."
  about money, season
    "This is the last season, Carter."

person evelyn "Lady Evelyn"
  starts in stairway
  nouns evelyn, lady
  Lord Carnarvon's daughter.
  about heat, sun, hat
    "It is so hot."{if wearing helmet} "At least you have your hat on."{else} "You should wear a hat!"{end}

thing telegram "telegram"
  starts carried
  A copy of your telegram.

thing flask "water flask"
  starts carried
  A tin flask full of water.

on show {telegram} to {carnarvon}
  "Re-covered for my arrival. Good man."
  if not showed-telegram
    set showed-telegram
    award 1 point

on give {flask} to {evelyn}
  She drinks gratefully.
  remove flask
  award 1 point

on show {letter} to {carnarvon}
  "Yes, I meant every word."

on light {lamp}
  You shake the lamp. Not a drop of paraffin.

on light {candle}
  if candle-lit
    It is already burning.
  else if holding matches and holding candle
    You light the candle.
    set candle-lit
  else
    You need the candle and the matches.

on give up
  if warned-give-up
    end last-season
  else
    Are you sure?
    set warned-give-up

ending wonderful "Wonderful Things" success
  The tomb was opened.

ending last-season "The Last Season" failure
  You pack up your camp.

fact first-step "A Step in the Rock"
  Carter's workmen found a step cut into the rock.

fact seals-found "The Name on the Door"
  Seals with the name of Tutankhamun were found on the door.

fact wonderful-things "Wonderful Things"
  Carter looked through a hole by candlelight.
