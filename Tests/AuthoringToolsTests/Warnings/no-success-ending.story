story "Fixture" id fixture

scene start "Start"
  A room.
  on give up
    end lost

ending lost "Lost" failure
  You give up.
