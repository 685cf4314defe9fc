story "Fixture" id fixture

scene start "Start"
  A room.
  fact body

fact body "The body"
  source Pliny the Younger, Letter 6.16
  The body was found intact, Pliny writes.
  source of all this was, he says, those who were with his uncle.

fact memoir "The memoir"
  source Mary Elise Sarotte, The Collapse, 2014
  His own memoir is the main
  source for these hours.

scene gate "Gate"
  A gate.
  fact memoir
  person guard "guard"
    here A guard stands behind the barrier.
    A young man in a grey uniform. He has stood
    here since six o'clock.
  thing card "card"
    A blue card with your
    read name and address in it.
    read
      Your name and address.
