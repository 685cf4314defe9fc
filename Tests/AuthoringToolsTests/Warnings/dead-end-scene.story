story "Fixture" id fixture

scene start "Start"
  A room.
  exit north to closet
  on leave
    end out

scene closet "Closet"
  A closet with no door out.

ending out "Out" success
  Bye.
