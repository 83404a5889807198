;redcode-94
;name Tweedledum and Tweedledee
;author Red Queen arena
;strategy Stone/imp. One brother is an SPL-fed stone throwing DATs at a mod-5 stride; the
;strategy other is a three-point imp spiral of eight processes. The stone does the killing; if
;strategy it is killed the spiral is still running, so a loss becomes a tie.
;assert CORESIZE == 8000

ROCKSTEP equ    3365            ; 5 * 673: only cells in the rock's class mod 5 are ever hit
IMPSTEP  equ    2667            ; 3 * 2667 = 8001

        org     start

; --- Tweedledum, the stone (five lines: the rock is the only one in its own class mod 5)
rock    dat     #0, #ROCKSTEP
feed    spl     #0, 0
throw   mov.i   rock, @rock
        add.ab  #ROCKSTEP, rock
        jmp     throw

; --- Tweedledee, the spiral. The lines below are only run once, at launch, so when the
; stone's rocks come round to them (every fifth cell from the rock) nothing is lost.
start   spl     feed
        spl     1
        spl     1
        spl     1
; The eight launch processes run in lockstep; each takes the next row of the table.
        jmp     }row
row     dat     partner-row, 0
partner
i       for     8
        jmp     imp+((i-1)%3)*IMPSTEP
        rof
; Last line, so the first point crawls away from the stone instead of over it.
imp     mov.i   #0, IMPSTEP

        end
