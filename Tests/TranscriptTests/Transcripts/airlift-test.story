# A small story for what the twelfth blind author (a history teacher writing "Airlift" from the
# docs alone) found: names that bring their own article ("your mother", "the man from the East
# office"), `take photo` with a photograph in the room, a question to a person that no topic
# answers (never the scene's hint), words of `here` lines and descriptions of things in sight.
story "Airlift Test"
  id airlift-test
  by The elbe-adventure tests

scene kitchen "The Kitchen"
  when July 1948, evening
  hint Talk to your mother, then go out.
  The kitchen is cold even in summer. A tram bell rings in the street below.
  exit out to street "down the stairs"
  thing photo "photograph of your father"
    nouns picture, photo
    here A photograph of your father stands on the dresser.
    Your father in uniform, 1943.
  thing table "kitchen table"
    fixed
    Scrubbed wood with a rubber stamp on it.
  person mother "your mother"
    nouns mother, mum, woman
    here Your mother is darning socks by the window.
    Frau Brandt is thin and tired.
    talk
      "Be back before the power comes on," she says.
    about anything else
      "Not now, Peter. The power will come on soon."

scene street "The Street"
  hint Talk to the man at the table.
  A street of broken houses.
  exit in to kitchen "up the stairs"
  thing card "ration card"
    here A blank ration card lies in the gutter.
    A ration card of the Soviet sector.
  person official "the man from the East office"
    nouns man, official, clerk
    here A man in a grey suit sits behind a folding table.
    A tired clerk.
    talk
      "Register here and you eat," he says.
  person reuter "Ernst Reuter"
    nouns mayor, beret
    here Ernst Reuter waits for the crowd.
    A man in a dark beret.
    talk
      "People of the world," he begins, "look upon this city."
