story "Fixture" id fixture

scene trench "The Trench"
  hint Talk to the sergeant. Listen to the Germans.
  Frost on the sandbags. Someone is singing across the wire.
  person sergeant "Sergeant Harris"
    nouns sergeant, harris
    A tired sergeant.
  exit east to field

scene field "The Field"
  A frozen field.
  person fritz "Gefreiter Karl Weber"
    nouns karl, weber, german
    A thin Saxon with spectacles.
  on leave
    end out

ending out "Out" success
  Bye.
