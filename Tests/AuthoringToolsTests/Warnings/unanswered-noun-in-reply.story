story "Fixture" id fixture

scene start "Start"
  A jeep waits here.
  exit east to party
  on swap badges
    A corporal over the river trades you a badge for a button.

scene party "Party"
  A table of food.
  person corporal "corporal"
    nouns corporal
    He plays an accordion.
  on leave
    end out

ending out "Out" success
  Bye.
