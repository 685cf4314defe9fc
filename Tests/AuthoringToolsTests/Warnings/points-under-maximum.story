story "Fixture" id fixture
  maximum score 3

scene start "Start"
  A room.
  on clap
    You clap.
    award 1 point
  on sing
    You sing.
    award 1 point
  on leave
    end out

ending out "Out" success
  Bye.
