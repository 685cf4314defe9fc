# A small story that exercises every feature of the command parser and the engine.
story "Parser Test"
  id parser-test
  by The elbe-adventure tests
  start at bank
  introduction
    A test of everything the parser understands.

counter shots starts at 0

scene bank "The Riverbank"
  when 25 April 1945, noon
  where West bank
  fact green-means-us
  hint Fire the green flare.
    only if not signalled
  hint Cross the river now.
    only if signalled
  first visit
    You reach the water at last.
  Reeds, mud, and the wide grey river.{if signalled} Green smoke drifts over the water.{end}
  revisit
    The bank again.
  exit north to shed "the shed"
  exit "cross the river" or "board the boat" to far-bank "in the old boat"
    only if signalled, else "Nobody on the far bank knows who you are. Signal first."
    You row across.
  thing green-flare "green flare"
    adjectives signal
    The green one: for the Americans.
  thing red-flare "red flare"
    adjectives signal
    The red one: for the Red Army.
  thing crate "wooden crate"
    fixed
    here A wooden crate stands in the reeds.
    Stencilled letters on the lid.
    read
      US ARMY. SIGNAL FLARES.
  person sergeant "Sergeant Kowalski"
    nouns sarge, kowalski
    here Sergeant Kowalski scans the far bank.
    A tired man with binoculars.
    talk
      "Well? Signal them."
    about the flares, signals
      "Green for us, red for them. Don't mix them up."
      unlock fact green-means-us
    about the river
      only if signalled, else "'First the flare,' he says."
      "Now we cross."
  on fire {green-flare}, shoot {green-flare}
    only if holding green-flare, else "You need to pick it up first."
    The flare arcs over the water, trailing green smoke.
    set signalled
    add 1 to shots
    remove green-flare
  on fire {red-flare}
    only if holding red-flare, else "You need to pick it up first."
    A red flare: the wrong colour. Sergeant Kowalski swears.
    add 1 to shots
    remove red-flare
  on give {thing} to {sergeant}
    "Keep it," he says.

scene shed "The Shed"
  A lean-to of planks.
  exit south to bank
  thing helmet "steel helmet"
    wearable
    A dented steel helmet.
  thing rope "coil of rope"
    A coil of rope.
  thing map "map"
    A map of the river.
  on use {rope} on {map}
    You tie the map up with the rope. It looks silly.

scene far-bank "The Far Bank"
  where East bank
  Soldiers wave from the trees.
  fact handshake
  on shake hands, wave
    end linkup

fact green-means-us "Green Means Us"
  date 20 April 1945
  place Both armies
  source A test source
  The Americans fired green flares; the Soviets answered with red.

fact handshake "The Handshake"
  date 25 April 1945
  place East bank
  source Another test source
  The two armies met.

ending linkup "Link-up" success
  You shake hands across the river.
