# A small story for orders to people, verbs with an implied person, exits named by their words,
# and the default verbs students use (issue #11, third play-test).
story "Orders Test"
  id orders-test
  by The elbe-adventure tests

scene bank "The Riverbank"
  The bank is steep here. Sergeant Titov waits by the water.
  exit up to dike "up the steep bank"
  exit east to village "to the village"
  person titov "Sergeant Titov"
    nouns titov, sergeant
    here Sergeant Titov waits by the water.
    A Soviet sergeant with a loud voice.
    talk
      "Tovarishch," says Titov.
    about the bridge
      "Blown," says Titov.
  thing cigarettes "pack of cigarettes"
    starts carried
  on ask {titov} to shout, tell {titov} to shout
    Titov shouts across the river in Russian. The firing stops.
  on shake hands with {titov}
    Titov grips your hand.
  on hug {titov}
    Titov laughs and slaps your back.
  on give {cigarettes} to {titov}
    Titov takes the cigarettes and grins.
    remove cigarettes

scene dike "The Dike"
  Up on the dike the wind is cold.
  exit down to bank

scene village "The Village"
  A farmyard full of tables. Corporal Kowalski and a photographer sit there.
  exit west to bank
  exit north to barn "the old barn"
  person kowalski "Corporal Kowalski"
    nouns kowalski, corporal
    A corporal who speaks Russian.
    about russian
      "I get by," says Kowalski.
  person igor "Igor"
    nouns igor, photographer, camera
    A photographer, never without his camera.
  thing camera "press camera"
    fixed
    A big press camera on a tripod.
  thing tables "tables"
    nouns tables, badges
    fixed
    Long tables covered in badges and bottles.
  thing badge "brass badge"
    starts carried
    A little brass badge with a red star.
  thing accordion "accordion"
    fixed
    A battered accordion.

scene barn "The Barn"
  Hay, a beam, and a stone by the door.
  exit south to village
  thing stone "stone"
    supporter
    fixed
    A flat stone.
  thing beam "beam"
    supporter
    fixed
  thing tulips "tulips"
  thing flag "flag"
