story "Fixture" id fixture

scene start "Start"
  A room.
  exti north to start
