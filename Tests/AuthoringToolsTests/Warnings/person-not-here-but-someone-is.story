story "Fixture" id fixture

scene square "Square"
  A crowd. A man with a dark beret speaks from the steps.
  person reuter "Ernst Reuter"
    nouns mayor, beret
    The mayor.
  exit east to field

scene field "Field"
  An airfield.
  person halvorsen "Lieutenant Halvorsen"
    nouns pilot, man
    A pilot.
  on leave
    end out

ending out "Out" success
  Bye.
