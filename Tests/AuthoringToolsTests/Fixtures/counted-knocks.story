# The door opens on exactly the twelfth knock; a thirteenth jams it for good. `verify` must count
# the knocks up to the number the story compares them with, and one past it.
story "Counted Knocks" id counted-knocks

scene hall "The Hall"
  A heavy door.
  on knock on door
    You knock.
    add 1 to knocks
  on open door
    only if knocks = 12, else "It does not move."
    end inside

ending inside "Inside" success
  The door swings open.
