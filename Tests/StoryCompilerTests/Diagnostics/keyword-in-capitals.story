story "Fixture" id fixture

scene jetty "The Jetty"
  A jetty over grey water.
  exit "row to the rock" to rock
    Only if holding oars, else "You can't row without oars."
    You pull hard across the swell.
  thing oars "pair of oars"
    nouns oars
    Two oars.

scene rock "Seal Rock"
  A rock.
  exit "row back" to jetty
