# A small story for the behaviours an Inform player expects of the parser and the world model.
story "Inform Test"
  id inform-test
  by The elbe-adventure tests
  maximum score 3

scene bank "The Riverbank"
  Reeds and mud. Polowsky waits by the water. He has something to say. Talk to him.
  exit north to shed
  exit east to cellar
  thing box "signal box"
    container
    fixed
    A wooden box of signal cartridges.
  thing green-flare "green flare"
    starts in box
    A flare with a green band.
  thing red-flare "red flare"
    starts in box
    A flare with a red band.
  person polowsky "Polowsky"
    nouns joe
    here Polowsky stands by the water.
    A private who speaks Russian.
    talk
      "We ought to promise something," Polowsky says.
    about the bridge
      "Blown," says Polowsky.
  person soldiers "Soviet soldiers"
    nouns soldiers, men
    here A group of Soviet soldiers watch the far bank.
    Tired men in brown.
    talk
      The soldiers grin and offer you a cigarette.
  on fire {green-flare}, shoot {green-flare}
    only if holding green-flare, else "You need to take the flare out of the box first."
    The flare arcs over the water, trailing green smoke.
    award 1 point
    remove green-flare
  on examine me
    You are a radioman of the 69th Infantry Division, muddy to the knees.

scene shed "The Shed"
  A lean-to of planks. A girl called Lotte sits on a crate.
  exit south to bank
  thing chocolate "bar of chocolate"
    nouns chocolate, bar
    A bar of ration chocolate.
  thing table "table"
    supporter
    fixed
    A rough table.
  thing tin "tin box"
    container
    locked with key
    fixed
    A tin box with a small lock.
  thing key "small key"
    starts on table
    A small brass key.
  thing medal "medal"
    starts in tin
    A bronze medal.
  person lotte "Lotte"
    nouns girl
    here Lotte watches you.
    A thin girl in a too-big coat.
  on give {chocolate} to {lotte}
    Lotte takes the chocolate and smiles.
    award 1 point
    remove chocolate
  on listen
    one of
      A dog barks somewhere.

      Rain drums on the roof.

      Nothing but the wind.

scene cellar "The Cellar"
  dark
  Damp stone walls and a wine rack.
  exit west to bank
  thing lamp "oil lamp"
    light
    starts nowhere
  thing rack "wine rack"
    scenery
    Empty, of course.
  after 3 turns
    Something scurries over your boot.
  on wait
    Time passes, slowly.

thing coat "greatcoat"
  starts worn
  wearable
  A heavy army greatcoat.

thing torch "electric torch"
  light
  starts in shed
  A battered torch.
