story "Fixture" id fixture
  maximum score 2

scene street "Broad Street"
  A pump stands in the street.
  thing notebook "Dr Snow's notebook"
    nouns notebook
    A notebook of the dead, street by street.
  person snow "Dr Snow"
    nouns snow, doctor
    talk
      "Look at the pump."
    about pump
      "The pump, always the pump."
      if not holding notebook
        give notebook
        award 1 point
    about water
      "Water, not air."
      if not knows list-given
        unlock fact list-given
        award 1 point
  on leave
    end out

fact list-given "The list"
  source A book
  Snow listed the dead by street.

ending out "Out" success
  Bye.
