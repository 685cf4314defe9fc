story "Talking to" id talking-to-fixture

scene road "The Road"
  A muddy road. Two people rest by a cart.
  person pietsch "Frau Pietsch"
    nouns woman, pietsch
    A woman with a handcart.
    talk
      "Guten Tag," she says.
  person walker "the man on the milestone"
    nouns man, walker
    A man sitting on a milestone.
    talk
      He only nods.
  on where are you going
    only if talking to pietsch, else "He lifts a hand to the west."
    "West," says Frau Pietsch. "Take the lane east, it's faster for you."
    set told-the-way
  exit east to lane "down the lane"
    only if told-the-way, else "Which way? Ask someone."
    end arrived

scene lane "The Lane"
  The lane ends at the river.

ending arrived "Arrived" success
  You reach the river.
