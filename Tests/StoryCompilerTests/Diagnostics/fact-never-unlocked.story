story "Fixture" id fixture

scene start "Start"
  A room.

fact lonely "A Lonely Fact"
  source A book
  Nobody ever unlocks this.
