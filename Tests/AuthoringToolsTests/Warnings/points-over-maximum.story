story "Fixture" id fixture
  maximum score 3

scene start "Start"
  A room.
  on clap
    You clap.
    if not clapped
      set clapped
      award 2 points
  on sing
    You sing.
    if not sung
      set sung
      award 2 points
  on leave
    end out

ending out "Out" success
  Bye.
