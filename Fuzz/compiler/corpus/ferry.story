# A small complete story that uses every construct of the language.
# Play it with: swift run elbe-adventure play Stories/examples/ferry.story

story "The Ferry"
  id ferry-example
  by The elbe-adventure authors
  version 1
  start at landing
  introduction
    A short crossing on a cold spring morning. Find the ferryman, pay him, and cross.
  credits
    An example story for the elbe-adventure story language. CC BY-SA 4.0.

counter coins starts at 0

scene landing "The Landing"
  when A spring morning
  where The west bank of the river
  fact ferries-on-the-river
  hint Someone must row the ferry. Try talking to the ferryman.
    only if not paid
  hint You have paid. Cross the river.
    only if paid
  first visit
    You come down the muddy track to the water's edge.
  A wooden landing stage juts into the grey river. A flat ferry boat is tied to a post.{if paid} The ferryman sits at the oars, waiting for you.{end}
  revisit
    The landing again, wet planks and the smell of the river.
  exit north to track "the muddy track"
  exit "cross the river" or "board the ferry" to far-bank
    only if paid, else "The ferryman holds up a hand. 'Fare first.'"
    The ferryman pushes off. The current pulls at the boat, but he knows the river.
  thing post "mooring post"
    fixed
    A thick post, worn smooth by ropes.
  person ferryman "old ferryman"
    nouns man, boatman
    here An old ferryman mends a net beside the boat.
    His hands are cracked from years on the water.
    talk
      "Across?" he asks. "One coin."
    about the river, current
      "Fast this time of year," he says. "But I know it."
    about the fare, coin, money
      only if not paid, else "'You have paid already,' he says."
      "One coin, as always."
  on give {coin} to {ferryman}, pay {ferryman}, pay fare
    only if holding coin, else "You have no money."
    He bites the coin, nods, and takes his place at the oars.
    remove coin
    set paid
    add 1 to coins

scene track "The Muddy Track"
  Ruts full of water lead away from the river.
  hint Look around for something useful.
  exit south to landing
  thing coin "silver coin"
    here Something glints in a rut: a silver coin.
    An old silver coin, worn almost smooth.

scene far-bank "The Far Bank"
  when Later that morning
  where The east bank
  hint The story is over when you step ashore.
  You step onto the east bank.
  on step ashore, wait
    end crossed

fact ferries-on-the-river "Ferries on the River"
  date Any time
  place Rivers without bridges
  source The elbe-adventure examples
  Where there was no bridge, a ferry was often the only way across a river.

ending crossed "Across" success
  You are across. {if coins > 0}The fare was well spent.{end}

ending turned-back "Turned Back" failure
  You go home without crossing.

on go home
  end turned-back
