story "Fixture" id fixture

scene start "Start"
  A room.
  exit north to start
    only if moral > 2
  on cheer
    add 1 to morale
