story "Fixture" id fixture

scene start "Start"
  A room.

fact lonely "A Lonely Fact"
  Nobody ever unlocks this.
