;redcode-94
;name Croquet Ground
;author Red Queen arena
;strategy Bomber with a clear. Lays 3130 SPL #0 bombs at step 3061 (near the golden section of
;strategy the core, so the early bombs spread evenly); whatever runs into one is frozen. Then a
;strategy DAT clear goes round and round the core to kill everything that is frozen.
;assert CORESIZE == 8000

STEP    equ     3061
FIRST   equ     8
SHOTS   equ     3130            ; the next bomb would land on our own code (counted offline)

        org     hit

cptr    dat     0, kill+1-cptr  ; the clear's pointer
aim     dat     0, FIRST        ; the bomber's pointer
hit     add.ab  #STEP, aim
        mov.i   stun, @aim
        djn.b   hit, #SHOTS
; The clear starts past our end and meets cptr before the rest of us; kill written over
; cptr sends it past us again, so it can go round until the end of the round.
go      spl     #0, 0
clear   mov.i   kill, >cptr
        jmp     clear
stun    spl     #0, 0
kill    dat     0, kill-cptr

        end
