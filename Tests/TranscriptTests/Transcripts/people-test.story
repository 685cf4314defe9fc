# A small story for what the fourth and fifth blind play-tests of the Elbe story still missed
# (issue #11): words for any person (`talk to the guy`), questions put to nobody in particular,
# people who are elsewhere, `yes` a command late, a word alone answering "Did you mean …?",
# `send it`, `toast the meeting`, `paint the sheet red`, `count my points`.
story "People Test"
  id people-test
  by The elbe-adventure tests
  maximum score 10

scene office "The Office"
  A bare office with a map. Captain Ferris stands by the map; Lieutenant Kotzebue leans in the door.
  exit out to lane "to the lane"
  person ferris "Captain Ferris"
    nouns ferris, captain
    here Captain Ferris stands by the map.
    A thin, tired officer with ink on his fingers.
    talk
      "Five miles and no further," says Ferris.
    about five miles, limit, further
      "Five miles. Beyond that, nobody knows where you are," says Ferris.
    about flares, signals
      "The flares are in the signal box on the jeep," says Ferris.
    about anything else
      "Not my department," says Ferris.
  person kotzebue "Lieutenant Kotzebue"
    nouns kotzebue, lieutenant
    here Lieutenant Kotzebue leans in the door.
    A young lieutenant with a map case.
    talk
      "We go this afternoon," says Kotzebue.
    about anything else
      "Ask me on the road," says Kotzebue.

scene lane "The Lane"
  A muddy lane. Your driver, Ortiz, waits by the jeep.
  exit in to office "to the office"
  exit east to road "down the road"
  thing radio "field radio"
    nouns radio, set
    adjectives field
    A heavy field radio.
  thing berets "berets"
    nouns berets
    fixed
    A pile of berets.
  person ortiz "Ortiz"
    nouns ortiz, driver, british
    here Ortiz waits by the jeep.
    Your driver, with mud on his boots.
    talk
      "Here, Sparks," says Ortiz, and hands you a message slip. "Send it."
      give message
    about anything else
      "Ask the captain," says Ortiz.
  thing message "message slip"
    nouns message, slip
    starts nowhere
    A page torn from a notebook.
  thing mug "tin mug"
    nouns mug
    adjectives tin
    fixed
    A tin mug of something strong.
  thing sheet "bedsheet"
    nouns sheet, bedsheet
    A white bedsheet.
  on send {message}, radio {message}
    You read the message into the handset. Somebody at the other end says "Roger."
    remove message
    award 5 points
  on toast, raise {mug}
    You raise the tin mug to the meeting. Ortiz raises his fist.
  on paint {sheet}
    You paint red stripes on the sheet.

scene road "The Road"
  A thin man in a striped jacket sits on a milestone next to a woman from Silesia. A photographer with a camera stands by.
  exit west to lane "back to the lane"
  person striped-man "man in the striped jacket"
    nouns man, jacket
    adjectives thin, striped
    here A thin man in a striped jacket sits on a milestone.
    A very thin man in a striped jacket.
    talk
      He looks at you and says nothing.
    about home
      "Später," he says. Later.
  person woman "woman from Silesia"
    nouns woman, mother
    adjectives silesian
    here A woman from Silesia stands by him.
    A woman of about forty in a man's overcoat.
    about home, silesia
      "Silesia," she says. "A village near the Oder."
  person photographer "photographer"
    nouns photographer, camera
    here A photographer with a camera stands by.
    A war photographer with a camera round his neck.
    talk
      "Smile," says the photographer.
