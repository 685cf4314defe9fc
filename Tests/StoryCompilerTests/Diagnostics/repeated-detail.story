story "Fixture" id fixture

scene start "Start"
  A room.
  fact body

fact body "The body"
  source Pliny the Younger, Letter 6.16
  The body was found intact, Pliny writes.
  source of all this was, he says, those who were with his uncle.
