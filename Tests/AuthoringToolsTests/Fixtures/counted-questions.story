# Every question to the captain is counted, but the count is read only until the briefing: once
# `briefed` is set (and nothing clears it), its value cannot change what happens, so `verify` must
# not tell states apart by it. Going east without the radio strands you: the road back is mined.
story "Counted Questions" id counted-questions

scene office "The Office"
  The captain's office. A field radio sits on the desk.
  exit out to yard
    if not briefed and questions >= 2
      The captain calls after you: "You asked the right questions. Five miles, no further."
      set briefed
  thing radio "field radio"
    A heavy field radio.
  person captain "Captain Ferris"
    nouns captain, ferris
    A tired captain.
    about river
      "Wide and fast."
      add 1 to questions
    about bridge
      "Still standing."
      add 1 to questions
    about russians
      "Be polite."
      add 1 to questions
    about reporters
      "No comment."
      add 1 to questions
    about briefing
      "Five miles, no further."
      set briefed

scene yard "The Yard"
  Jeeps, a rope, a lamp and a flag.
  exit in to office
  exit east to field
    only if briefed, else "Not before the briefing."
  thing rope "coil of rope"
    A coil of rope.
  thing lamp "storm lamp"
    A storm lamp.
  thing flag "white flag"
    A white flag.

scene field "The Field"
  A wide field. The road back is mined.
  on radio in
    only if holding radio, else "You have no radio."
    end contact
  on wave flag
    only if holding flag, else "You have no flag."
    You wave the flag. Nobody answers.
  on light lamp
    only if holding lamp, else "You have no lamp."
    The lamp flickers.
  on tie rope
    only if holding rope, else "You have no rope."
    You tie the rope to a post.

ending contact "Contact" success
  Hands meet across the river.
