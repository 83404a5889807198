;redcode-94
;name Duchess
;author Red Queen arena
;strategy Bomber with a clear, at half speed. Each pass of the loop throws two SPL #0 bombs,
;strategy one through each field of aim (STEP apart), so 2048 stuns land in 4*1024 cycles;
;strategy whatever runs into one is frozen. Then a DAT clear goes round and round the core
;strategy to kill everything that is frozen. Only twelve lines, so scanners find it late.
;assert CORESIZE == 8000

STEP    equ     3061            ; coprime to 8000 and spreads the early bombs evenly
FIRST   equ     3071            ; chosen offline: bomb k = FIRST + k*STEP first hits us at k=2048
SHOTS   equ     1024            ; passes (two bombs each) before a bomb would land on our own code

        org     hit

cptr    dat     0, kill+1-cptr  ; the clear's pointer
aim     dat     FIRST, FIRST+STEP ; A and B: the two bombs of the next pass
hit     mov.i   stun, *aim
        mov.i   stun, @aim
        add.f   leap, aim
        djn.b   hit, #SHOTS
; The clear starts past our end and meets cptr before the rest of us; kill written over
; cptr sends it past us again, so it can go round until the end of the round.
go      spl     #0, 0
clear   mov.i   kill, >cptr
        jmp     clear
stun    spl     #0, 0
kill    dat     0, kill-cptr
leap    dat     2*STEP, 2*STEP  ; both pointers move on two bombs' worth

        end
