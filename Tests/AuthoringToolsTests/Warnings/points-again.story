story "Fixture" id fixture
  maximum score 4

scene stairway "Stairway"
  A sealed door, covered with seals.
  thing seals "seal impressions"
    nouns seals
    fixed
    A jackal over nine captives.
  thing door "sealed door"
    fixed
  thing plaster "plaster"
    fixed
  on examine {seals}
    A jackal over nine captives.
    award 1 point
  on examine {door}
    The plaster is old.
    if not knows door-seen
      unlock fact door-seen
      award 1 point
  on knock on {plaster}
    only if not knocked
    Hollow.
    set knocked
    award 1 point
  on leave
    award 1 point
    end out

fact door-seen "The door"
  source A book
  A sealed door.

ending out "Out" success
  Bye.
